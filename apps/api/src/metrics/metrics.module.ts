import { Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ProcessMetrics, Readiness } from '@raadgiver/db';
import { DataSource } from 'typeorm';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { HealthModule } from '../health/health.module';
import { ApiMetrics } from './api-metrics';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { MetricsMiddleware } from './metrics.middleware';

/**
 * Prometheus metrics at GET /metrics (METRICS_TOKEN, metrics.middleware.ts): the process's, the GraphQL operations' and
 * the HTTP routes' (timed where each request is logged, logging/request-logging.ts).
 */
@Global()
@Module({
  imports: [HealthModule],
  providers: [
    {
      provide: ApiMetrics,
      inject: [API_CONFIG, DataSource, Readiness],
      useFactory: (config: ApiConfig, dataSource: DataSource, readiness: Readiness) =>
        new ApiMetrics(new ProcessMetrics('api', dataSource, readiness, { defaultMetrics: config.ops.metricsToken !== null })),
    },
    GraphqlMetricsPlugin,
  ],
  exports: [ApiMetrics],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsMiddleware).forRoutes({ path: 'metrics', method: RequestMethod.ALL });
  }
}
