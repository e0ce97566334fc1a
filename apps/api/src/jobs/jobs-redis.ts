import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { API_CONFIG, ApiConfig } from '../config/api-config';

/**
 * The one Redis connection the API's job producers share (BullMQ leaves a connection it was given open when a
 * queue closes). Quit at application shutdown, after every queue closed in onModuleDestroy.
 */
/** How long the API waits at start for Redis before it serves anyway (the rate limiters then count in memory). */
const READY_WAIT_MS = 5_000;

@Injectable()
export class JobsRedis implements OnApplicationBootstrap, OnApplicationShutdown {
  private static created = 0;
  readonly connectionName = `raadgiver-api-jobs-${process.pid}-${++JobsRedis.created}`;
  readonly connection: Redis;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    // Named, so that Redis's CLIENT LIST tells the API processes' producer connections apart.
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true, connectionName: this.connectionName });
  }

  /**
   * Opened before the API serves: the rate limiters count in Redis only while it is ready (in memory else), and a
   * count that started in memory would begin again at zero in Redis. Redis away at start does not stop the API.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.connection.status === 'ready') return;
    // Another user of the connection (a queue, the readiness check) may have begun connecting already: wait for it.
    const ready = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, READY_WAIT_MS);
      this.connection.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (this.connection.status === 'wait') this.connection.connect().catch(() => undefined);
    await ready;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.quit().catch(() => undefined);
  }
}
