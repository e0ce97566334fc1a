import { once } from 'node:events';
import { QUEUES } from '@raadgiver/domain';
import { freePort, redisUrl } from '@raadgiver/testing';
import type { ApiConfig } from '../config/api-config';
import { JobsRedis } from './jobs-redis';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the jobs' shared Redis connection and its queues", () => {
  it('makes each queue once, on the one connection', async () => {
    const jobs = new JobsRedis({ redisUrl: redisUrl() } as ApiConfig);
    try {
      expect(jobs.queue(QUEUES.imports)).toBe(jobs.queue(QUEUES.imports));
      await Promise.all([jobs.queue(QUEUES.imports).waitUntilReady(), jobs.queue(QUEUES.reports).waitUntilReady()]);
      const clients = String(await jobs.connection.client('LIST')).split('\n');
      expect(clients.filter((line) => line.includes(` name=${jobs.connectionName} `))).toHaveLength(1);
    } finally {
      const ended = once(jobs.connection, 'end');
      await jobs.onApplicationShutdown();
      await ended;
    }
    expect(jobs.connection.status).toBe('end');
  });

  it('stops connecting at shutdown when Redis was never reached, its queues still starting', async () => {
    // Nothing listens on the port: BullMQ's start of every queue waits on the connection.
    const jobs = new JobsRedis({ redisUrl: `redis://127.0.0.1:${await freePort()}` } as ApiConfig);
    for (const name of Object.values(QUEUES)) jobs.queue(name);
    let attempts = 0;
    jobs.connection.on('reconnecting', () => (attempts += 1));
    await pause(500);
    expect(attempts).toBeGreaterThan(0);
    await jobs.onApplicationShutdown();
    attempts = 0;
    // ioredis tries again within 2 s while it is meant to connect.
    await pause(2_500);
    expect(attempts).toBe(0);
  });
});
