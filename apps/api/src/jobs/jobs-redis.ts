import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { defaultJobOptions } from '@raadgiver/domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { queuePrefixFromEnv } from './job-queue';

/** How long the API waits at start for Redis before it serves anyway (the rate limiters then count in memory). */
const READY_WAIT_MS = 5_000;

/**
 * The one Redis connection the API's job producers and the queue board share, and the BullMQ queues made on it
 * (`queue`), each made once. At application shutdown the queues close, then the connection quits (BullMQ leaves a
 * connection it was given open when a queue closes).
 */
@Injectable()
export class JobsRedis implements OnApplicationBootstrap, OnApplicationShutdown {
  private static created = 0;
  readonly connectionName = `raadgiver-api-jobs-${process.pid}-${++JobsRedis.created}`;
  readonly connection: Redis;

  private readonly logger = new Logger(JobsRedis.name);
  private readonly prefix = queuePrefixFromEnv(process.env);
  private readonly queues = new Map<string, Queue>();
  /** The queues whose start on the connection (BullMQ waits for Redis to be ready) has finished. */
  private readonly started = new WeakSet<Queue>();

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

  /** The queue `name` (QUEUE_PREFIX's) on this connection with the jobs' default options, made once; its failures are logged. */
  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const made = new Queue(name, { connection: this.connection, prefix: this.prefix, defaultJobOptions });
      made.on('error', (error) => this.logger.warn({ err: error }, `Queue ${name} failed`));
      made.waitUntilReady().then(() => this.started.add(made), () => undefined);
      this.queues.set(name, made);
      queue = made;
    }
    return queue;
  }

  /**
   * Closes the queues, then the connection. A queue whose start never finished (Redis not reached) is not closed: BullMQ
   * would report that start's failure, when the connection ends, on an emitter it had detached at the close, which
   * throws out of the process. Such a queue holds nothing of its own; the connection's end ends its start (logged).
   */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].filter((queue) => this.started.has(queue)).map((queue) => queue.close()));
    // QUIT waits for a connection that is not there; without one, stop connecting.
    if (this.connection.status === 'ready') await this.connection.quit().catch(() => undefined);
    else this.connection.disconnect();
  }
}
