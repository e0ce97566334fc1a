import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { WorkerConfig } from '../worker-config';
import { redisConnectionOptions } from './redis-connection';

/** The one policy under which Redis never drops a key to make room: queued jobs and their state stay. */
export const NO_EVICTION = 'noeviction';

/**
 * Redis' maxmemory-policy: CONFIG GET where the server allows it, else the `maxmemory_policy` line of INFO memory (managed
 * Redis services often refuse CONFIG). Null when neither tells.
 */
export async function readEvictionPolicy(redis: Redis): Promise<string | null> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as string[];
    if (policy) return policy;
  } catch {
    // CONFIG is disabled or not allowed to this user: INFO says the same.
  }
  try {
    return /^maxmemory_policy:(\S+)\s*$/m.exec(await redis.info('memory'))?.[1] ?? null;
  } catch {
    return null;
  }
}

const HOW_TO_FIX =
  'Set `maxmemory-policy noeviction` in redis.conf (or the managed service\'s parameter group), or, knowing that Redis may then ' +
  'drop queued jobs when its memory is full, start the worker with REDIS_ALLOW_EVICTION=true';

/**
 * Refuses to start the worker unless Redis keeps every key when its memory is full: under any other policy Redis may
 * silently drop queued jobs, their locks or their state (BullMQ requires noeviction). REDIS_ALLOW_EVICTION=true
 * lets it start anyway, with a warning. Waits for Redis while it is not reachable, as the queue workers would.
 */
export async function assertRedisKeepsJobs(config: WorkerConfig, logger = new Logger('RedisEvictionPolicy')): Promise<void> {
  const redis = new Redis({ ...redisConnectionOptions(config.redisUrl), lazyConnect: true, maxRetriesPerRequest: null, connectionName: `raadgiver-worker-check-${process.pid}` });
  let warned = false;
  redis.on('error', (error: Error) => {
    if (!warned) logger.warn({ err: error }, 'Redis is not reachable yet; the worker waits for it');
    warned = true;
  });
  let policy: string | null;
  try {
    policy = await readEvictionPolicy(redis);
  } finally {
    redis.disconnect();
  }
  if (policy === NO_EVICTION) return;
  const problem = policy === null
    ? 'Redis did not tell its maxmemory-policy (neither CONFIG GET nor INFO memory answered)'
    : `Redis' maxmemory-policy is "${policy}", not "${NO_EVICTION}": when its memory is full it evicts keys, queued jobs among them`;
  if (!config.allowRedisEviction) throw new Error(`${problem}. ${HOW_TO_FIX}.`);
  logger.warn(`WARNING: ${problem}. The worker starts anyway because REDIS_ALLOW_EVICTION=true; jobs may be lost when Redis runs out of memory.`);
}
