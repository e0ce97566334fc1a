import { Global, Module } from '@nestjs/common';
import { BenchmarkDownloadController } from './benchmark-download.controller';
import { BenchmarkQueue } from './benchmark-queue';
import { BenchmarkResolver } from './benchmark.resolver';
import { BenchmarkService } from './benchmark.service';

/** Global so that every module that changes registrations can ask for a refresh through BenchmarkQueue. */
@Global()
@Module({ controllers: [BenchmarkDownloadController], providers: [BenchmarkQueue, BenchmarkService, BenchmarkResolver], exports: [BenchmarkQueue] })
export class BenchmarkModule {}
