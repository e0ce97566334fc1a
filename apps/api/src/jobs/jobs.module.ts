import { Global, Module } from '@nestjs/common';
import { JobOutbox } from './job-outbox';
import { JobsRedis } from './jobs-redis';

/** Global: every module with a job producer (JobQueue) shares the job outbox and its Redis connection. */
@Global()
@Module({ providers: [JobsRedis, JobOutbox], exports: [JobsRedis, JobOutbox] })
export class JobsModule {}
