import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { bearerTokenMatches } from '@raadgiver/db';
import type { NextFunction, Request, Response } from 'express';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { ApiMetrics } from './api-metrics';

/**
 * GET /metrics, Prometheus's scrape: only with `Authorization: Bearer <METRICS_TOKEN>`; without it, or with no token
 * configured (the default), there is nothing there (404), so the API's public port shows no metrics. A middleware
 * rather than a controller: its Bearer token is not a user's, and the access guard would take it for one.
 */
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'GET' || !bearerTokenMatches(req.headers.authorization, this.config.ops.metricsToken)) {
      res.status(404).json({ message: 'Not Found', statusCode: 404 });
      return;
    }
    this.metrics.processMetrics.scrape().then(({ contentType, body }) => res.type(contentType).set('cache-control', 'no-store').send(body), next);
  }
}
