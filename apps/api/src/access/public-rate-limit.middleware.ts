import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '@raadgiver/domain';
import { toGraphqlErrors } from '../common/graphql-errors';
import { sendRestError } from '../common/rest-error.filter';
import { requestLanguage } from '../common/request-language';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { verifiedAccessToken } from './access-token';
import { JobsRedis } from '../jobs/jobs-redis';

const WINDOW_SECONDS = 60;

/**
 * Requests without a login (the public benchmark page and its downloads, login and refresh) are limited per source
 * address, which comes from the connection or a trusted proxy only (TRUST_PROXY). A request carrying an access token
 * with a valid signature is left to the per-user limits; a made-up token counts as no login. Over the limit: 429 with
 * Retry-After, as a GraphQL error for /graphql.
 *
 * While Redis is away each process counts on its own (rate-limiter-flexible's insurance limiter, in memory): the
 * public benchmark stays readable, and still limited, without Redis. Logins are not let through by it: they fail
 * closed on the session store (ServiceUnavailableError).
 */
@Injectable()
export class PublicRateLimitMiddleware implements NestMiddleware {
  private readonly limiter: RateLimiterRedis;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    redis: JobsRedis,
  ) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis.connection,
      keyPrefix: `${config.redisPrefix}:public`,
      points: config.publicRequestsPerMinute,
      duration: WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({ points: config.publicRequestsPerMinute, duration: WINDOW_SECONDS }),
    });
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (this.hasValidToken(req)) return next();
    try {
      await this.limiter.consume(req.ip ?? 'unknown');
      next();
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) return next(error);
      const tooMany = new TooManyRequestsError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)), 'too_many_public');
      const language = requestLanguage(req);
      if (req.path !== '/graphql') return sendRestError(res, tooMany, language);
      res.setHeader('Retry-After', String(tooMany.retryAfterSeconds));
      res.status(429).json({ errors: toGraphqlErrors(tooMany, language).map((e) => e.toJSON()) });
    }
  }

  private hasValidToken(req: Request): boolean {
    return verifiedAccessToken(req, this.config) !== null;
  }
}
