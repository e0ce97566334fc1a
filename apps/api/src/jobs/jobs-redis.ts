import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { API_CONFIG, ApiConfig } from '../config/api-config';

/**
 * The one Redis connection the API's job producers share (BullMQ leaves a connection it was given open when a
 * queue closes). Quit at application shutdown, after every queue closed in onModuleDestroy.
 */
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
    if (this.connection.status === 'wait') await this.connection.connect().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.quit().catch(() => undefined);
  }
}
