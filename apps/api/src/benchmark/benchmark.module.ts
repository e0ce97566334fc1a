import { Global, Module } from '@nestjs/common';
import { BenchmarkDownloadController } from './benchmark-download.controller';
import { BenchmarkQueue } from './benchmark-queue';
import { BenchmarkResolver } from './benchmark.resolver';
import { BenchmarkService } from './benchmark.service';
import { PublicBenchmarkController } from './public-benchmark.controller';
import { PublishedBenchmarks } from './published-benchmarks';

/** Global so that every module that changes registrations can ask for a refresh through BenchmarkQueue. */
@Global()
@Module({ controllers: [BenchmarkDownloadController, PublicBenchmarkController], providers: [BenchmarkQueue, BenchmarkService, BenchmarkResolver, PublishedBenchmarks], exports: [BenchmarkQueue] })
export class BenchmarkModule {}
