import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { createAppLogger, silentLogger } from '@raadgiver/db';
import { AppModule } from './app.module';
import { ApiConfig } from './config/api-config';
import { routePatternOf } from './common/route-pattern';
import { requestLogging } from './logging/request-logging';
import { ApiMetrics } from './metrics/api-metrics';

/** Builds the HTTP app; used by main.ts and by tests, which listen on a port of their own. */
export async function createApiApp(config: ApiConfig, options: { logs?: boolean } = {}): Promise<INestApplication> {
  const logger = options.logs === false ? null : createAppLogger();
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: logger ?? false });
  // First: every answer, an error or a refusal too, carries the request id; a line per request (silent without logs),
  // and its duration by route in the HTTP metrics.
  const metrics = app.get(ApiMetrics);
  app.use(requestLogging(logger?.pino ?? silentLogger(), (req, res, seconds) => metrics.observeHttpRequest(req.method, routePatternOf(req), res.statusCode, seconds)));
  app.use(cookieParser());
  // The API answers JSON and files only: a policy that lets nothing load or frame it, no referrer, no sniffing, and
  // HSTS where it is served over TLS (the Secure cookies tell).
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: config.secureCookies ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
      crossOriginResourcePolicy: { policy: 'same-origin' },
    }),
  );
  // The client address for the per-source limits: X-Forwarded-For only from the configured proxies (TRUST_PROXY).
  const express = app.getHttpAdapter().getInstance();
  express.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  // GraphQL answers are not cached by ETag; hashing every response costs CPU for nothing.
  express.set('etag', false);
  express.disable('x-powered-by');
  // Signals: main.ts (health/graceful-shutdown.ts) lets running requests end before the modules shut down.
  return app;
}
