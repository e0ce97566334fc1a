import { createHash } from 'node:crypto';
import { Connection, DatabaseError, FieldDef, Pool, QueryResultRow, Submittable, types } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DbContext } from './db-context';

// pg's own mapping of JavaScript values to text parameters (arrays, dates, JSON), as its queries use; not in its typings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue(value: unknown): string | null };

const CONTEXT_SQL = `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true), set_config('app.operator', $3, true)`;
/**
 * The context, and the statement after it run on its generic plan: planned once per connection instead of on
 * every request. PostgreSQL keeps planning a statement whenever it estimates a plan for the given values
 * cheaper, and for the inquiry list's unit filter that planning cost more than the execution.
 */
const GENERIC_PLAN_CONTEXT_SQL = `${CONTEXT_SQL}, set_config('plan_cache_mode', 'force_generic_plan', true)`;

/** Prepared statements kept per connection; each holds a plan in the server process. */
export const MAX_PREPARED_PER_CONNECTION = 32;

/**
 * The statements prepared on one connection, least recently used first. After a failed batch the
 * server may or may not have parsed its statements, so they stay counted (and closed when
 * evicted) but are closed and parsed again on their next use.
 */
class PreparedStatements {
  /** name → whether the server surely has it */
  private readonly names = new Map<string, boolean>();

  /** Writes what `name` needs before its Bind: nothing when prepared, else Close (harmless when absent) and Parse. */
  prepare(connection: Connection, name: string, text: string): void {
    const certain = this.names.get(name);
    this.names.delete(name);
    if (certain === undefined && this.names.size >= MAX_PREPARED_PER_CONNECTION) {
      const [oldest] = this.names.keys();
      this.names.delete(oldest);
      connection.close({ type: 'S', name: oldest }, true);
    }
    if (!certain) {
      connection.close({ type: 'S', name }, true);
      connection.parse({ name, text, types: [] }, true);
    }
    this.names.set(name, true);
  }

  markUncertain(...names: string[]): void {
    for (const name of names) if (this.names.has(name)) this.names.set(name, false);
  }
}

const preparedOn = new WeakMap<Connection, PreparedStatements>();

function statementName(text: string): string {
  return `ctx_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

const CONTEXT_NAME = statementName(CONTEXT_SQL);
const GENERIC_PLAN_CONTEXT_NAME = statementName(GENERIC_PLAN_CONTEXT_SQL);

/**
 * The context settings and one parameterised statement, written to the connection at once and
 * closed by a single Sync. Without BEGIN, everything before a Sync is one implicit transaction
 * (extended query protocol), so the transaction-local settings hold for the statement, its
 * writes commit with it, and an error in either rolls both back. Both are prepared statements:
 * the server plans them once per connection instead of on every request.
 */
class ContextStatement<T> implements Submittable {
  private readonly rows: T[] = [];
  // Not `name` and `text`: pg's client reads those from the active query for its own prepared statements.
  private readonly statement: string;
  private fields: FieldDef[] = [];
  private parsers: ((text: string) => unknown)[] = [];
  private settingsDone = false;
  private failed = false;
  private prepared: PreparedStatements | null = null;
  readonly done: Promise<T[]>;
  private settle!: (error: Error | null, rows?: T[]) => void;

  constructor(
    private readonly ctx: DbContext,
    private readonly sql: string,
    private readonly values: unknown[],
    /** Rows as the server's text values in column order, unparsed, instead of objects by column name. */
    private readonly raw = false,
    /** Run the statement on its generic plan (GENERIC_PLAN_CONTEXT_SQL). */
    private readonly genericPlan = false,
  ) {
    this.statement = statementName(sql);
    this.done = new Promise<T[]>((resolve, reject) => {
      this.settle = (error, rows) => (error ? reject(error) : resolve(rows!));
    });
  }

  /** Returns an error, as pg's own queries do, when a value cannot be sent: before anything is written. */
  submit(connection: Connection): Error | undefined {
    let values: (string | null)[];
    try {
      values = this.values.map((value) => prepareValue(value));
    } catch (error) {
      return error as Error;
    }
    let prepared = preparedOn.get(connection);
    if (!prepared) preparedOn.set(connection, (prepared = new PreparedStatements()));
    this.prepared = prepared;
    const stream = connection.stream as { cork?(): void; uncork?(): void };
    // One write for all messages, as pg's own queries do for one statement.
    stream.cork?.();
    try {
      const [contextName, contextSql] = this.genericPlan ? [GENERIC_PLAN_CONTEXT_NAME, GENERIC_PLAN_CONTEXT_SQL] : [CONTEXT_NAME, CONTEXT_SQL];
      prepared.prepare(connection, contextName, contextSql);
      connection.bind({ statement: contextName, values: [this.ctx.tenantId ?? '', this.ctx.userId ?? '', this.ctx.operator ? 'on' : ''] }, true);
      connection.execute({}, true);
      prepared.prepare(connection, this.statement, this.sql);
      connection.bind({ statement: this.statement, values }, true);
      connection.describe({ type: 'P', name: '' }, true);
      connection.execute({}, true);
      connection.sync();
    } finally {
      stream.uncork?.();
    }
    return undefined;
  }

  handleRowDescription(message: { fields: FieldDef[] }): void {
    this.fields = message.fields;
    this.parsers = message.fields.map((field) => types.getTypeParser(field.dataTypeID, 'text'));
  }

  handleDataRow(message: { fields: (string | null)[] }): void {
    // The settings' row comes without a description (no Describe was sent for it): skip it.
    if (!this.settingsDone) return;
    if (this.raw) {
      this.rows.push(message.fields as T);
      return;
    }
    const row: Record<string, unknown> = {};
    for (let i = 0; i < message.fields.length; i++) {
      const value = message.fields[i];
      row[this.fields[i].name] = value === null ? null : this.parsers[i](value);
    }
    this.rows.push(row as T);
  }

  handleCommandComplete(): void {
    this.settingsDone = true;
  }

  handleEmptyQuery(): void {
    // nothing to do: the Sync is already written
  }

  handlePortalSuspended(): void {
    // never: every Execute asks for all rows
  }

  handleError(error: Error): void {
    this.failed = true;
    this.prepared?.markUncertain(this.genericPlan ? GENERIC_PLAN_CONTEXT_NAME : CONTEXT_NAME, this.statement);
    // pg routes nothing more to a query after its error, not even ReadyForQuery.
    this.settle(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.settle(null, this.rows);
  }
}

/**
 * Runs one parameterised statement in the tenant's context as its own transaction, in one round
 * trip: for a hot request that needs nothing else from the database. The request transaction
 * (BEGIN, settings, statement, COMMIT) costs four, and on a small machine each round trip costs
 * more CPU than a short statement.
 */
export function statementInContext<T extends QueryResultRow>(dataSource: DataSource, ctx: DbContext, text: string, values: unknown[]): Promise<T[]> {
  return runInContext(dataSource, new ContextStatement<T>(ctx, text, values));
}

/** A row as the server sent it: each column's text value in the statement's column order (null for NULL). */
export type RawRow = (string | null)[];

/**
 * statementInContext for a hot list that decodes its own rows: each row as the columns' text values, so no
 * per-column parser runs and no object keyed by column name is built only to be copied. Cast what must stay
 * text (dates) in the SQL. The statement runs on its generic plan, planned once per connection: a list's
 * filters change the values, not the plan worth having.
 */
export function rawStatementInContext(dataSource: DataSource, ctx: DbContext, text: string, values: unknown[]): Promise<RawRow[]> {
  return runInContext(dataSource, new ContextStatement<RawRow>(ctx, text, values, true, true));
}

async function runInContext<T>(dataSource: DataSource, statement: ContextStatement<T>): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    client.query(statement);
    return await statement.done;
  } catch (error) {
    // A database error leaves the connection usable (the server rolled back and is ready); anything else may not.
    if (!(error instanceof DatabaseError)) broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}
