import { applyDecorators, CanActivate, ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { requestOf } from '../access/access.guard';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { TooManyRequestsError } from '@raadgiver/domain';
import { JobsRedis } from '../jobs/jobs-redis';

/**
 * The complexity price of a field that reads a tenant's registrations in bulk (a report preview, a
 * benchmark, an export): a fifth of the limit per request (MAX_QUERY_COMPLEXITY), so one request holds a
 * handful at most, however few fields it selects below.
 */
export const EXPENSIVE_FIELD_COST = 200;

/** How often one expensive field may occur in one document, aliases and fragment spreads counted. */
export const MAX_EXPENSIVE_FIELD_OCCURRENCES = 3;

/** The field extension that marks an expensive field; the complexity plugin counts its occurrences. */
export const EXPENSIVE_EXTENSION = 'expensive';

const WINDOW_SECONDS = 60;

/**
 * Expensive operations per user and minute, shared by every API replica through Redis. Each resolved
 * expensive field counts once. Calls without a login are limited per source elsewhere. While Redis is away each
 * process counts on its own (in memory), as the public rate limit does.
 */
@Injectable()
export class ExpensiveOperationGuard implements CanActivate {
  private readonly limiter: RateLimiterRedis;

  constructor(@Inject(API_CONFIG) config: ApiConfig, redis: JobsRedis) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis.connection,
      keyPrefix: `${config.redisPrefix}:expensive`,
      points: config.expensiveOperationsPerMinute,
      duration: WINDOW_SECONDS,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points: config.expensiveOperationsPerMinute, duration: WINDOW_SECONDS }),
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = requestOf(context).user;
    if (!user) return true;
    try {
      await this.limiter.consume(user.userId);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw new TooManyRequestsError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)), 'too_many_expensive');
    }
    return true;
  }
}

/** Counts a REST download (an export, a benchmark file) against the caller's expensive operations per minute. */
export const ExpensiveDownload = () => UseGuards(ExpensiveOperationGuard);

/**
 * Marks a query as expensive: priced at EXPENSIVE_FIELD_COST complexity points (plus its selection), at
 * most MAX_EXPENSIVE_FIELD_OCCURRENCES times per document, and counted against the caller's
 * expensive operations per minute (after the global access guard has let the caller in).
 */
export const Expensive = (cost = EXPENSIVE_FIELD_COST) =>
  applyDecorators(Extensions({ complexity: cost, [EXPENSIVE_EXTENSION]: true }), ExpensiveDownload());
