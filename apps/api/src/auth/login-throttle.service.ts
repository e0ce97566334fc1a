import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type Redis from 'ioredis';
import { sessionStoreRedis } from '../common/session-store-redis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { TooManyRequestsError } from '@raadgiver/domain';
import { SecurityEvents } from './security-events';

/** How long failed logins are remembered: the back-off grows with every failure in this time. */
const FAILURE_MEMORY_SECONDS = 24 * 3600;

/** One kind of subject the failures are counted for. */
interface Counter {
  kind: 'account' | 'source' | 'device';
  failures: RateLimiterRedis;
  blocks: RateLimiterRedis;
  /** Failures allowed before the first wait. */
  free: number;
}

/**
 * Slows down password guessing the way OWASP's Authentication Cheat Sheet describes, with its "device cookies":
 *
 * - Per account and per source address, the first failures are free; each one after them makes the account (or
 *   the address) wait, the wait doubling from LOGIN_BACKOFF_SECONDS up to LOGIN_BACKOFF_MAX_SECONDS.
 * - A successful login gives the browser a device cookie, signed for that account. Its holder is not held by the
 *   account's wait, so a stranger guessing the owner's password cannot lock the owner out; the device cookie has a
 *   failure count and wait of its own, so stealing one does not buy unlimited guesses.
 * - Failures and waits are security events (SecurityEvents): the operator sees them, by hashed account and source.
 *
 * Counts live in Redis, shared by every API replica; keys hold hashes, never an address or e-mail.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly account: Counter;
  private readonly source: Counter;
  private readonly device: Counter;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly events: SecurityEvents,
  ) {
    this.redis = sessionStoreRedis(config.redisUrl, `raadgiver-api-login-${process.pid}`);
    const counter = (kind: Counter['kind'], free: number): Counter => ({
      kind,
      free,
      failures: new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${config.redisPrefix}:login:${kind}:failures`, points: 1_000_000, duration: FAILURE_MEMORY_SECONDS }),
      blocks: new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${config.redisPrefix}:login:${kind}:blocked`, points: 1, duration: 1 }),
    });
    this.account = counter('account', config.loginLimits.perAccount);
    this.source = counter('source', config.loginLimits.perIp);
    this.device = counter('device', config.loginLimits.perAccount);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  /**
   * Refuses before the password (or the second factor's code, `step` 'code') is checked while the source, or the
   * account, is waiting. A valid device cookie for this account stands in for the account's wait with its own.
   */
  async assertAllowed(email: string, ip: string, deviceCookie: string | undefined, step: 'password' | 'code' = 'password'): Promise<void> {
    const subjects = this.subjects(email, ip, deviceCookie);
    for (const [counter, key] of subjects) {
      const blocked = await counter.blocks.get(key);
      if (blocked && blocked.consumedPoints > counter.free) {
        await this.events.record('login.throttled', Object.fromEntries(subjects.map(([c, k]) => [c.kind, k])));
        throw this.tooMany(blocked.msBeforeNext, step);
      }
    }
  }

  async recordFailure(email: string, ip: string, deviceCookie: string | undefined): Promise<void> {
    const subjects = this.subjects(email, ip, deviceCookie);
    await this.events.record('login.failed', Object.fromEntries(subjects.map(([counter, key]) => [counter.kind, key])));
    for (const [counter, key] of subjects) {
      const failures = (await counter.failures.penalty(key, 1)).consumedPoints;
      if (failures < counter.free) continue;
      const seconds = Math.min(this.config.loginLimits.backoffMaxSeconds, this.config.loginLimits.backoffSeconds * 2 ** (failures - counter.free));
      // The block holds more points than the counter's free ones, for `seconds`.
      await counter.blocks.set(key, counter.free + 1, seconds);
    }
  }

  /**
   * A success ends the failures of what it was counted against: the device cookie's, or else the account's. The
   * owner getting in with their device cookie leaves the account's wait for everyone else in place; the source's
   * failures stay too (it may be guessing other accounts).
   */
  async recordSuccess(email: string, deviceCookie: string | undefined): Promise<void> {
    const [, [counter, key]] = this.subjects(email, '', deviceCookie);
    await Promise.all([counter.failures.delete(key), counter.blocks.delete(key)]);
  }

  /** A new device cookie for the account: a random nonce, signed together with the account. */
  issueDeviceCookie(email: string): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.sign(this.accountKey(email), nonce)}`;
  }

  private subjects(email: string, ip: string, deviceCookie: string | undefined): [Counter, string][] {
    const device = this.deviceKey(email, deviceCookie);
    return [[this.source, this.hash(`source:${ip}`)], device ? [this.device, device] : [this.account, this.accountKey(email)]];
  }

  /** The device cookie's nonce when it was signed for this account, else null (missing, forged or another account's). */
  private deviceKey(email: string, cookie: string | undefined): string | null {
    const [nonce, signature, extra] = (cookie ?? '').split('.');
    if (!nonce || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(this.accountKey(email), nonce));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? this.hash(`device:${nonce}`) : null;
  }

  private sign(account: string, nonce: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`device-cookie:${account}:${nonce}`).digest('base64url');
  }

  private accountKey(email: string): string {
    return this.hash(`account:${email.trim().toLowerCase()}`);
  }

  private hash(value: string): string {
    return createHash('sha256').update(value).digest('hex').slice(0, 32);
  }

  private tooMany(msBeforeNext: number, step: 'password' | 'code'): TooManyRequestsError {
    const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    // At the field of the form that asked: the e-mail of the login form, the code of the second factor's.
    return step === 'code' ? new TooManyRequestsError(seconds, 'too_many_second_factor', 'code') : new TooManyRequestsError(seconds, 'too_many_logins', 'email');
  }
}

