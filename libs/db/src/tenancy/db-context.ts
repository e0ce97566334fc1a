import { isUuid } from '@raadgiver/domain';
import { sql } from 'kysely';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isDatabaseUnavailable, TransactionLostError } from '../database-unavailable';
import { qb, runQuery } from '../query/query-builder';

/** Who a transaction runs for. Row-level security reads these settings; nothing else decides the tenant. */
export interface DbContext {
  tenantId: string | null;
  userId: string | null;
  operator?: boolean;
}

export const NO_CONTEXT: DbContext = { tenantId: null, userId: null };

async function applyContext(manager: EntityManager, ctx: DbContext): Promise<void> {
  // is_local = true: the settings end with the transaction, so a pooled connection never carries them over.
  await runQuery(
    manager,
    qb.selectNoFrom([
      sql<string>`set_config('app.tenant_id', ${ctx.tenantId ?? ''}, true)`.as('tenant_id'),
      sql<string>`set_config('app.user_id', ${ctx.userId ?? ''}, true)`.as('user_id'),
      sql<string>`set_config('app.operator', ${ctx.operator ? 'on' : ''}, true)`.as('operator'),
    ]),
  );
}

/** Runs `work` in one transaction whose first statement sets the tenant and user. */
export function inContext<T>(dataSource: DataSource, ctx: DbContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (em) => {
    await applyContext(em, ctx);
    return work(em);
  });
}

/**
 * DataLoaders of one request fire their batches in the same tick, all on the request's one
 * connection: hand them to the driver one after another, as a connection can only run one at a time.
 */
function serializeQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

/**
 * One transaction shared by everything a request does, opened on first use and ended once:
 * committed when the request succeeded, rolled back otherwise, so a failed mutation stores nothing.
 */
export class RequestTransaction {
  private runner: Promise<QueryRunner> | null = null;
  private finished = false;
  private oneSnapshot = false;
  private readonly onCommit: (() => Promise<void>)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly context: () => DbContext,
  ) {}

  async run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.finished) throw new Error('The request transaction has already ended');
    this.runner ??= this.open();
    const runner = await this.runner;
    if (runner.isReleased) throw new TransactionLostError();
    try {
      return await work(runner.manager);
    } catch (error) {
      // The driver releases a connection that broke: whatever failed in the work failed for that.
      if (runner.isReleased) throw new TransactionLostError();
      throw error;
    }
  }

  /**
   * Every statement of the transaction reads the same snapshot (REPEATABLE READ): for a request that reads, so
   * that what it returns was true at one moment (a report's status and its versions, say) although statements of
   * it run while the worker commits. Must be asked before the transaction opens; its writes are audit rows only.
   */
  readOneSnapshot(): void {
    if (this.runner) throw new Error('The request transaction is already open');
    this.oneSnapshot = true;
  }

  /**
   * Work that must see the transaction committed (enqueueing a job about what it wrote): run after the commit, in
   * order, and dropped when the transaction rolls back. It must not throw; the response is already decided.
   */
  afterCommit(work: () => Promise<void>): void {
    this.onCommit.push(work);
  }

  /**
   * Commits (`success`) or rolls back, and releases the connection. Throws TransactionLostError when there is nothing
   * left to commit: the driver dropped the connection when it broke, and the server rolled the transaction back. A
   * rollback on a broken connection is no error: the server rolls back what it loses.
   */
  async finish(success: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    // A transaction that never opened has nothing to end; the request that tried has its error already.
    const runner = await this.runner?.catch(() => null);
    if (!runner) return;
    if (runner.isReleased) {
      if (success) throw new TransactionLostError();
      return;
    }
    let committed = false;
    try {
      if (runner.isTransactionActive) {
        if (success) {
          await runner.commitTransaction();
          committed = true;
        } else await runner.rollbackTransaction().catch(rethrowUnlessUnavailable);
      }
    } finally {
      await runner.release();
    }
    if (committed) for (const work of this.onCommit) await work();
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    serializeQueries(runner);
    try {
      await runner.startTransaction(this.oneSnapshot ? 'REPEATABLE READ' : undefined);
      await applyContext(runner.manager, this.context());
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }
}

function rethrowUnlessUnavailable(error: unknown): void {
  if (!isDatabaseUnavailable(error)) throw error;
}

/** A uuid as an SQL literal, refusing anything that is not exactly a uuid. */
export function uuidLiteral(value: string | null): string {
  if (value === null) return "''";
  if (!isUuid(value)) throw new Error('Not a uuid');
  return `'${value.toLowerCase()}'`;
}
