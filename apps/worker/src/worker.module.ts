import { DynamicModule, Module, Type } from '@nestjs/common';
import { ArchivesModule } from './archives/archives.module';
import { BenchmarkModule } from './benchmark/benchmark.module';
import { DatabaseModule } from './database/database.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { ImportsModule } from './imports/imports.module';
import { JobRunnerModule } from './job-runner/job-runner.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { WorkerOpsModule } from './ops/worker-ops.module';
import { ReportsModule } from './reports/reports.module';
import { RetentionModule } from './retention/retention.module';
import { UsersModule } from './users/users.module';
import { WorkerConfig } from './worker-config';

/** The modules whose providers hold @JobHandler methods. */
export const WORKER_JOB_MODULES: Type[] = [MaintenanceModule, ImportsModule, ReportsModule, FollowUpModule, BenchmarkModule, UsersModule, RetentionModule, ArchivesModule];

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig, jobModules: Type[] = WORKER_JOB_MODULES): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DatabaseModule.forRoot(config.databaseUrl), JobRunnerModule.forRoot(config), WorkerOpsModule, ...jobModules],
    };
  }
}
