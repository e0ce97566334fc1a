import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import type Redis from 'ioredis';
import { sessionStoreRedis } from '../../common/session-store-redis';
import { createHash } from 'node:crypto';
import { API_CONFIG, ApiConfig } from '../../config/api-config';

/** How long an AuthnRequest stays answerable: a person has this long at the identity provider. */
export const SAML_REQUEST_TTL_MS = 10 * 60 * 1000;

/**
 * What every API process must agree on about SAML messages, in Redis: the AuthnRequests this SP issued per
 * municipality (node-saml's CacheProvider for InResponseTo), and the assertions already used (until they expire), so a
 * response is answered once whichever process it reaches.
 */
@Injectable()
export class SamlMessageStore implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.redis = sessionStoreRedis(config.redisUrl, `raadgiver-api-saml-${process.pid}`);
    this.prefix = `${config.redisPrefix}:saml`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  /** The requests of one municipality's SP: an id issued for one is unknown to every other. */
  requestsOf(tenantId: string): CacheProvider {
    const key = (id: string) => `${this.prefix}:request:${tenantId}:${id}`;
    return {
      saveAsync: async (id: string, value: string): Promise<CacheItem | null> => {
        const saved = await this.redis.set(key(id), value, 'PX', SAML_REQUEST_TTL_MS, 'NX');
        return saved ? { value, createdAt: Date.now() } : null;
      },
      getAsync: (id: string) => this.redis.get(key(id)),
      removeAsync: async (id: string | null): Promise<string | null> => {
        if (!id) return null;
        return this.redis.getdel(key(id));
      },
    };
  }

  /** Remembers an assertion until it expires; false when it was seen before (a replay). */
  async firstUse(tenantId: string, issuer: string, assertionId: string, notOnOrAfter: Date): Promise<boolean> {
    const digest = createHash('sha256').update(`${issuer}\n${assertionId}`).digest('hex');
    const ttl = Math.max(notOnOrAfter.getTime() - Date.now() + SAML_CLOCK_SKEW_MS, SAML_CLOCK_SKEW_MS);
    return (await this.redis.set(`${this.prefix}:assertion:${tenantId}:${digest}`, '1', 'PX', ttl, 'NX')) === 'OK';
  }
}

/** How far the identity provider's clock may be from ours. */
export const SAML_CLOCK_SKEW_MS = 60 * 1000;
