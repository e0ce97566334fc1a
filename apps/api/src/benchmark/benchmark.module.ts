import { AuthModule } from '../auth/auth.module';
import { Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { BenchmarkDownloadController } from './benchmark-download.controller';
import { BenchmarkQueue } from './benchmark-queue';
import { BenchmarkResolver } from './benchmark.resolver';
import { BenchmarkService } from './benchmark.service';
import { HeldAnswerMiddleware } from './held-answer.middleware';
import { HeldAnswers } from './held-answers';
import { PublicBenchmarkController } from './public-benchmark.controller';
import { PublishedBenchmarks } from './published-benchmarks';

/**
 * Global so that every module that changes registrations can ask for a refresh through BenchmarkQueue, and so that
 * the GraphQL module's plugin reaches HeldAnswers.
 */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [BenchmarkDownloadController, PublicBenchmarkController],
  providers: [BenchmarkQueue, BenchmarkService, BenchmarkResolver, PublishedBenchmarks, { provide: HeldAnswers, useFactory: () => new HeldAnswers() }],
  exports: [BenchmarkQueue, HeldAnswers],
})
export class BenchmarkModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HeldAnswerMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
