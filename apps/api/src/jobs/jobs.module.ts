import { Global, Module } from '@nestjs/common';
import { JobsRedis } from './jobs-redis';

/** Global: every module with a job producer (JobQueue) shares its Redis connection. */
@Global()
@Module({ providers: [JobsRedis], exports: [JobsRedis] })
export class JobsModule {}
