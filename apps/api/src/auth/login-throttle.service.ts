import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { ApiError } from '../errors/api-error';

/**
 * Failed-login limits per account and per IP address, kept in Redis so every API replica shares them.
 * Keys hold a hash of the e-mail address, never the address itself.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.redis = new Redis(config.redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 2, lazyConnect: false });
    const { perAccount, perIp, windowSeconds } = config.loginLimits;
    this.perAccount = new RateLimiterRedis({
      storeClient: this.redis, keyPrefix: `${config.redisPrefix}:login:account`, points: perAccount, duration: windowSeconds, blockDuration: windowSeconds,
    });
    this.perIp = new RateLimiterRedis({
      storeClient: this.redis, keyPrefix: `${config.redisPrefix}:login:ip`, points: perIp, duration: windowSeconds, blockDuration: windowSeconds,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  /** Refuses before the password is checked when either limit is used up. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(this.accountKey(email)), this.perIp.get(ip)]);
    const blocked = [account, address].find((res) => res !== null && res.remainingPoints <= 0);
    if (blocked) throw this.tooMany(blocked);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccount.consume(this.accountKey(email)).catch(() => undefined),
      this.perIp.consume(ip).catch(() => undefined),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(this.accountKey(email));
  }

  private accountKey(email: string): string {
    return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  }

  private tooMany(res: RateLimiterRes): ApiError {
    const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60000));
    return new ApiError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${minutes} minute(s)`);
  }
}
