import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DbContext, inContext } from '@raadgiver/db';
import type { JobsOptions } from 'bullmq';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent';
import { JobsRedis } from './jobs-redis';
import { OutboxJob, jobOutboxRepository, OutboxRow } from './job-outbox.repository';

/** The relay reads and deletes every tenant's rows: the operator's context, as the operator's other cross-tenant work. */
const RELAY_CONTEXT: DbContext = { tenantId: null, userId: null, operator: true };
/** Rows handed over per transaction of the relay. */
const BATCH = 100;
/** How long one add may take before the relay leaves the rest for its next pass (Redis away, not yet noticed). */
const ADD_TIMEOUT_MS = 2_000;

/** How often the relay looks for rows that were not handed over right after their commit (env OUTBOX_POLL_MS). */
export function outboxPollMsFromEnv(env: Record<string, string | undefined>): number {
  const ms = Number(env.OUTBOX_POLL_MS ?? 1_000);
  return Number.isInteger(ms) && ms >= 50 && ms <= 60_000 ? ms : 1_000;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The transactional outbox of the API's jobs. A producer (JobQueue) stages a job in the transaction that writes what
 * the job is about, so a job exists exactly when its data was committed, Redis or not. Then:
 *
 * - right after that commit (TypeORM's afterTransactionCommit), the staged jobs are added to BullMQ when Redis is
 *   there, before the request answers; their rows are deleted in the background;
 * - every OUTBOX_POLL_MS, the relay hands over whatever is left (Redis was away, the process ended in between), oldest
 *   first, with `FOR UPDATE SKIP LOCKED` so that the relays of several API processes never hand a row over at once,
 *   and deletes each row in the transaction that locked it, once BullMQ took it.
 *
 * A row may reach BullMQ twice (the fast path and a relay at the same moment, or a crash between the add and the
 * delete): the jobs' deterministic ids (and the benchmark refresh's deduplication id) make the second add a no-op.
 */
@Injectable()
export class JobOutbox implements EntitySubscriberInterface, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobOutbox.name);
  private readonly pollMs = outboxPollMsFromEnv(process.env);
  /** Jobs staged in a transaction that has not ended yet, by its query runner. */
  private readonly staged = new WeakMap<QueryRunner, OutboxRow[]>();
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: JobsRedis,
  ) {
    // TypeORM tells its subscribers of every commit and rollback.
    dataSource.subscribers.push(this);
  }

  /** Stores the job in the transaction of `em`; it reaches BullMQ once that transaction commits, and never if it rolls back. */
  async stage(em: EntityManager, job: OutboxJob): Promise<void> {
    const id = await jobOutboxRepository.stage(em, job);
    const runner = em.queryRunner;
    if (runner) this.staged.set(runner, [...(this.staged.get(runner) ?? []), { ...job, id }]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> | void {
    // A released savepoint leaves the transaction open.
    if (event.queryRunner.isTransactionActive) return;
    const jobs = this.staged.get(event.queryRunner);
    if (!jobs) return;
    this.staged.delete(event.queryRunner);
    return this.deliverCommitted(jobs);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Also a savepoint's rollback: what remains of the transaction's jobs then waits for the relay's next pass.
    this.staged.delete(event.queryRunner);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.relay(), this.pollMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pass;
    this.dataSource.subscribers.splice(this.dataSource.subscribers.indexOf(this) >>> 0, 1);
    // The queues are JobsRedis's, which closes them with its connection.
  }

  /**
   * One pass of the relay: every row left in the outbox handed to BullMQ, oldest first; stops at the first add that
   * fails (Redis away) and leaves the rest for the next pass. Passes of one process never overlap.
   */
  relay(): Promise<void> {
    this.pass ??= this.relayAll()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'The job outbox could not be relayed'))
      .finally(() => (this.pass = null));
    return this.pass;
  }

  private async relayAll(): Promise<void> {
    while (this.redisReady() && (await this.relayBatch()) === BATCH) {
      // A full batch: there may be more.
    }
  }

  private relayBatch(): Promise<number> {
    return inContext(this.dataSource, RELAY_CONTEXT, async (em) => {
      const rows = await jobOutboxRepository.pending(em, null, BATCH);
      const added = await this.addAll(rows);
      await jobOutboxRepository.delivered(em, added);
      return added.length === rows.length ? rows.length : 0;
    });
  }

  /** The fast path: a committed transaction's jobs added at once when Redis is there; else the relay's next pass adds them. */
  private async deliverCommitted(jobs: OutboxRow[]): Promise<void> {
    if (!this.redisReady()) return;
    const added = await this.addAll(jobs);
    if (!added.length) return;
    // Not awaited: the committing transaction may still hold its connection, and the rows are done with either way.
    void inContext(this.dataSource, RELAY_CONTEXT, (em) => jobOutboxRepository.delivered(em, added)).catch((error: unknown) =>
      this.logger.warn({ err: error }, "Delivered outbox rows stay until the relay's next pass"),
    );
  }

  /** The ids of the rows BullMQ took, in order, up to the first it did not. */
  private async addAll(rows: OutboxRow[]): Promise<string[]> {
    const added: string[] = [];
    for (const row of rows) {
      try {
        // BullMQ's typings want the job name as a literal of the queue's name type; the row holds it.
        await withTimeout(this.redis.queue(row.queue).add(row.name, row.payload, row.options as JobsOptions), ADD_TIMEOUT_MS);
        added.push(row.id);
      } catch (error) {
        this.logger.warn({ err: error, tenantId: row.tenantId }, `Job ${row.name} waits in the outbox`);
        break;
      }
    }
    return added;
  }

  /** Redis answering; a connection not yet opened (lazyConnect) is opened, and is there at a later pass. */
  private redisReady(): boolean {
    const connection = this.redis.connection;
    if (connection.status === 'wait') void connection.connect().catch(() => undefined);
    return connection.status === 'ready';
  }
}
