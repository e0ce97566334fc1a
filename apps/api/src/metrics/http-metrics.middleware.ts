import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiMetrics } from './api-metrics';

/** The route pattern the request matched ("/reports/:id/download"), never its URL with ids; "unmatched" for a 404. */
function routeOf(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (typeof route?.path !== 'string') return 'unmatched';
  // A route of a router mounted under a path (Apollo's at /graphql) may name the mount path itself.
  return req.baseUrl && !route.path.startsWith(req.baseUrl) ? `${req.baseUrl}${route.path}` : route.path;
}

/** Times every HTTP request by method, matched route and status. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: ApiMetrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stopTimer = this.metrics.httpRequestDuration.startTimer();
    res.once('finish', () => stopTimer({ method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  }
}
