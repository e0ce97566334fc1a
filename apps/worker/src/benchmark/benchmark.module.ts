import { Module } from '@nestjs/common';
import { BenchmarkRefreshService } from './benchmark-refresh.service';

@Module({ providers: [BenchmarkRefreshService] })
export class BenchmarkModule {}
