import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { sessionStoreRedis } from '../common/session-store-redis';
import { API_CONFIG, ApiConfig } from '../config/api-config';

/** What a login through a municipality's provider must remember between sending the person there and their return. */
export interface OidcLoginState {
  tenantId: string;
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
}

/** Ten minutes to log in at the provider; then the login starts over. */
const TTL_SECONDS = 600;

/**
 * The server side of a login in progress, keyed by its `state` and held in Redis (every API replica sees it). Taken
 * once: a second return with the same state (a replayed code) finds nothing.
 */
@Injectable()
export class SsoLoginStates implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.redis = sessionStoreRedis(config.redisUrl, `raadgiver-api-sso-${process.pid}`);
    this.prefix = `${config.redisPrefix}:sso-login`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  async put(state: string, value: OidcLoginState): Promise<void> {
    await this.redis.set(`${this.prefix}:${state}`, JSON.stringify(value), 'EX', TTL_SECONDS);
  }

  async take(state: string): Promise<OidcLoginState | null> {
    const raw = await this.redis.getdel(`${this.prefix}:${state}`);
    return raw ? (JSON.parse(raw) as OidcLoginState) : null;
  }
}
