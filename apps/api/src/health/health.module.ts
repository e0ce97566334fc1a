import { Module } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { Readiness } from '@raadgiver/db';
import { DataSource } from 'typeorm';
import { JobsRedis } from '../jobs/jobs-redis';
import { HealthController } from './health.controller';

/** Liveness and readiness (terminus); a failed check is an answer, not an error to log. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [
    {
      provide: Readiness,
      inject: [HealthCheckService, HealthIndicatorService, DataSource, JobsRedis],
      useFactory: (health: HealthCheckService, indicators: HealthIndicatorService, dataSource: DataSource, redis: JobsRedis) =>
        new Readiness(health, indicators, { dataSource, pingRedis: () => redis.connection.ping() }),
    },
  ],
  exports: [Readiness],
})
export class HealthModule {}
