import { Logger } from '@nestjs/common';
import { createAppLogger } from '@raadgiver/db';
import { QUEUES } from '@raadgiver/domain';
import { exitAfterGrace } from './ops/exit-after-grace';
import { WorkerHttpServer } from './ops/worker-http';
import { assertRedisKeepsJobs } from './job-runner/redis-eviction-policy';
import { createWorkerApp, startWorker } from './worker';
import { workerConfigFromEnv } from './worker-config';

const logger = new Logger('Worker');

async function main(): Promise<void> {
  const config = workerConfigFromEnv(process.env);
  const app = await createWorkerApp(config, { logger: createAppLogger() });
  // On SIGTERM/SIGINT: stop taking jobs, let running ones finish, close Redis and Postgres, exit 0.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  exitAfterGrace(config.ops);
  await assertRedisKeepsJobs(config);
  await startWorker(app, { schedules: true, startupJobs: true });
  const http = await app.get(WorkerHttpServer).listen();
  logger.log(`Worker started: queues ${Object.values(QUEUES).join(', ')}, prefix "${config.queuePrefix}", concurrency ${config.concurrency}, health and metrics ${http ? `on ${http}` : 'off'}`);
}

main().catch((error: unknown) => {
  // Before any job: the configuration's or a connection's failure, which the operator must read in its own words.
  // eslint-disable-next-line no-restricted-syntax
  logger.error(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
