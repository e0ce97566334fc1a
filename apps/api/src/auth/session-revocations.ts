import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { sessionStoreRedis } from '../common/session-store-redis';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { UnauthenticatedError } from '@raadgiver/domain';

/** What an access token must carry to be checked against its session. */
export interface SessionClaims {
  userId: string;
  tenantId: string | null;
  /** The session family (one login) the token belongs to. */
  sessionId: string;
  /** The family's generation when the token was issued; switching municipality moves it on. */
  generation: number;
  /** When the token was issued, in milliseconds (JWT's `iat` has whole seconds only). */
  issuedAtMs: number;
}

const ENDED = 'ended';

/**
 * Makes access tokens end with their session, not only at their expiry. Per session family Redis holds a
 * generation (absent = 0; `ended` after logout), per user and municipality the moment their membership last
 * changed, and per municipality the moment the operator deactivated it. Each request reads the keys in one MGET, so
 * a token is refused at once after logout, after switching municipality (the old token's generation is behind), after
 * its membership was removed or changed and after its municipality was deactivated.
 */
@Injectable()
export class SessionRevocations implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    this.redis = sessionStoreRedis(config.redisUrl, `raadgiver-api-sessions-${process.pid}`, { enableAutoPipelining: true });
    this.prefix = `${config.redisPrefix}:session`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  /** Refuses a token whose session ended or moved on, or whose membership changed after it was issued. */
  async assertCurrent(claims: SessionClaims): Promise<void> {
    const keys = [this.generationKey(claims.sessionId)];
    if (claims.tenantId) keys.push(this.membershipKey(claims.userId, claims.tenantId), this.tenantKey(claims.tenantId));
    const [generation, ...accessChangedAt] = await this.redis.mget(keys);
    if (generation === ENDED) throw new UnauthenticatedError('session_ended');
    if (Number(generation ?? 0) !== claims.generation) throw new UnauthenticatedError('token_replaced');
    if (accessChangedAt.some((changedAt) => changedAt && claims.issuedAtMs <= Number(changedAt))) {
      throw new UnauthenticatedError('access_changed');
    }
  }

  /** The generation a refreshed token of this family carries; null once the family has ended. */
  async generation(sessionId: string): Promise<number | null> {
    const value = await this.redis.get(this.generationKey(sessionId));
    if (value === ENDED) return null;
    return value === null ? 0 : Number(value);
  }

  /** Moves the family on: every token issued before is refused from now. */
  async advance(sessionId: string): Promise<number> {
    const key = this.generationKey(sessionId);
    const [[, generation]] = (await this.redis.multi().incr(key).expire(key, this.config.refreshTokenTtlSeconds).exec()) as [[null, number], unknown];
    return generation;
  }

  /** Logout: no token of the family is accepted again. */
  async end(sessionId: string): Promise<void> {
    await this.redis.set(this.generationKey(sessionId), ENDED, 'EX', this.config.refreshTokenTtlSeconds);
  }

  /** A membership was removed, deactivated or its roles changed: tokens issued until now for that municipality are refused. */
  async membershipChanged(userId: string, tenantId: string): Promise<void> {
    // Kept as long as a token issued before it can live.
    await this.redis.set(this.membershipKey(userId, tenantId), String(Date.now()), 'EX', this.config.accessTokenTtlSeconds + 60);
  }

  /** The operator deactivated a municipality: every token issued until now for it is refused. */
  async tenantChanged(tenantId: string): Promise<void> {
    await this.redis.set(this.tenantKey(tenantId), String(Date.now()), 'EX', this.config.accessTokenTtlSeconds + 60);
  }

  private generationKey(sessionId: string): string {
    return `${this.prefix}:generation:${sessionId}`;
  }

  private membershipKey(userId: string, tenantId: string): string {
    return `${this.prefix}:membership:${userId}:${tenantId}`;
  }

  private tenantKey(tenantId: string): string {
    return `${this.prefix}:tenant:${tenantId}`;
  }
}
