import { Queue } from 'bullmq';
import type { WorkerConfig } from '../worker-config';
import { redisConnectionOptions } from './redis-connection';

/** Runs `use` with a queue of the worker's Redis and prefix, closed afterwards whatever happens. */
export async function withQueue<Data, Result>(config: WorkerConfig, name: string, use: (queue: Queue<Data>) => Promise<Result>): Promise<Result> {
  const queue = new Queue<Data>(name, { connection: redisConnectionOptions(config.redisUrl), prefix: config.queuePrefix });
  try {
    return await use(queue);
  } finally {
    await queue.close();
  }
}
