import type { Compilable, InferResult } from 'kysely';
import { createHash } from 'node:crypto';
import { Connection, FieldDef, Pool, QueryResultRow, Submittable, types } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DbContext } from './db-context';
import { parameterText } from './parameter-text';

/** Prepared statements kept per connection; each holds a plan in the server process. */
export const MAX_PREPARED_PER_CONNECTION = 32;

const CONTEXT_SQL = `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true), set_config('app.operator', $3, true)`;
/**
 * The context, and the statement after it run on its generic plan: planned once per connection instead of on every
 * request. PostgreSQL keeps planning a statement whenever it estimates a plan for the given values cheaper, and for
 * the inquiry list's unit filter that planning cost more than the execution.
 */
const GENERIC_PLAN_CONTEXT_SQL = `${CONTEXT_SQL}, set_config('plan_cache_mode', 'force_generic_plan', true)`;

/** Names by statement text: the hot statements are few, and a lookup costs less than hashing their text each time. */
const names = new Map<string, string>();
const MAX_NAMES = 256;

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `ctx_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/** The statements prepared on each connection, least recently used first. A connection that saw an error is closed. */
const preparedOn = new WeakMap<Connection, Set<string>>();

/** Writes what `name` needs before its Bind: nothing once prepared, else Parse (and Close of the oldest). */
function prepare(connection: Connection, prepared: Set<string>, name: string, text: string): void {
  if (prepared.delete(name)) {
    prepared.add(name);
    return;
  }
  if (prepared.size >= MAX_PREPARED_PER_CONNECTION) {
    const [oldest] = prepared;
    prepared.delete(oldest);
    connection.close({ type: 'S', name: oldest }, true);
  }
  connection.parse({ name, text, types: [] }, true);
  prepared.add(name);
}

/** A row as the server sent it: each column's text value in the statement's column order (null for NULL). */
export type RawRow = (string | null)[];

/**
 * The context settings and one parameterised statement, written to the connection at once and closed by a single
 * Sync: pg's Submittable, the interface it documents for library authors (pg-cursor is one). Without BEGIN,
 * everything before a Sync is one implicit transaction (extended query protocol), so the transaction-local settings
 * hold for the statement, its writes commit with it, and an error in either rolls both back. Both are prepared
 * statements: the server parses and plans them once per connection, not on every request.
 */
class ContextStatement<T> implements Submittable {
  private readonly rows: T[] = [];
  private fields: FieldDef[] = [];
  private parsers: ((text: string) => unknown)[] = [];
  /** The settings' CommandComplete has come: rows from now on are the statement's. */
  private settingsDone = false;
  private failed = false;
  readonly done: Promise<T[]>;
  private settle!: (error: Error | null, rows?: T[]) => void;

  constructor(
    private readonly ctx: DbContext,
    private readonly sql: string,
    private readonly values: readonly unknown[],
    /** Rows as the server's text values in column order, unparsed, on the statement's generic plan (rawStatementInContext). */
    private readonly raw: boolean,
  ) {
    this.done = new Promise<T[]>((resolve, reject) => {
      this.settle = (error, rows) => (error ? reject(error) : resolve(rows!));
    });
  }

  /** Returns an error, as pg's own queries do, when a value cannot be sent: before anything is written. */
  submit(connection: Connection): Error | undefined {
    let values: (string | null)[];
    try {
      values = this.values.map(parameterText);
    } catch (error) {
      return error as Error;
    }
    let prepared = preparedOn.get(connection);
    if (!prepared) preparedOn.set(connection, (prepared = new Set()));
    const [contextName, contextSql] = this.raw ? [GENERIC_PLAN_CONTEXT_NAME, GENERIC_PLAN_CONTEXT_SQL] : [CONTEXT_NAME, CONTEXT_SQL];
    const statement = statementName(this.sql);
    // One write for all messages, as pg's own queries do for one statement.
    connection.stream.cork();
    try {
      prepare(connection, prepared, contextName, contextSql);
      connection.bind({ statement: contextName, values: [this.ctx.tenantId ?? '', this.ctx.userId ?? '', this.ctx.operator ? 'on' : ''] }, true);
      connection.execute({}, true);
      prepare(connection, prepared, statement, this.sql);
      connection.bind({ statement, values }, true);
      connection.describe({ type: 'P', name: '' }, true);
      connection.execute({}, true);
      connection.sync();
    } finally {
      connection.stream.uncork();
    }
    return undefined;
  }

  handleRowDescription(message: { fields: FieldDef[] }): void {
    this.fields = message.fields;
    if (!this.raw) this.parsers = message.fields.map((field) => types.getTypeParser(field.dataTypeID, 'text'));
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
    // pg routes nothing more to a query after its error, not even ReadyForQuery.
    this.settle(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.settle(null, this.rows);
  }
}

const CONTEXT_NAME = statementName(CONTEXT_SQL);
const GENERIC_PLAN_CONTEXT_NAME = statementName(GENERIC_PLAN_CONTEXT_SQL);

async function runInContext<R>(dataSource: DataSource, ctx: DbContext, text: string, values: readonly unknown[], raw: boolean): Promise<R[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client = await pool.connect();
  // A connection that breaks fails its statement, and the client also emits the error: with no listener while the
  // pool has lent it out, that would end the process (the pool listens again once it is back).
  client.on('error', ignoreBrokenConnection);
  const statement = new ContextStatement<R>(ctx, text, values, raw);
  try {
    client.query(statement);
    const rows = await statement.done;
    client.removeListener('error', ignoreBrokenConnection);
    client.release();
    return rows;
  } catch (error) {
    client.removeListener('error', ignoreBrokenConnection);
    // Which of a failed batch's statements the server kept prepared is not worth knowing: the connection goes.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

/** The statement on a broken connection fails with the same error; its caller is told there. */
function ignoreBrokenConnection(): void {}

/**
 * Runs one parameterised statement in the tenant's context as its own transaction, in one round
 * trip: for a hot request that needs nothing else from the database. The request transaction
 * (BEGIN, settings, statement, COMMIT) costs four, and on a small machine each round trip costs
 * more CPU than a short statement.
 */
export function statementInContext<T extends QueryResultRow>(dataSource: DataSource, ctx: DbContext, text: string, values: unknown[]): Promise<T[]> {
  return runInContext<T>(dataSource, ctx, text, values, false);
}

/**
 * statementInContext for a hot list that decodes its own rows: each row as the columns' text values, so no
 * per-column parser runs and no object keyed by column name is built only to be copied. Cast what must stay
 * text (dates) in the SQL. The statement runs on its generic plan, planned once per connection: a list's
 * filters change the values, not the plan worth having.
 */
export function rawStatementInContext(dataSource: DataSource, ctx: DbContext, text: string, values: unknown[]): Promise<RawRow[]> {
  return runInContext<RawRow>(dataSource, ctx, text, values, true);
}

/**
 * A repository's compiled query (`defineQuery`) as statementInContext: its own transaction in the given context, one
 * round trip. For work outside a request's or job's transaction: a login's steps, a health check.
 */
export function runQueryInContext<Q extends Compilable<unknown>>(dataSource: DataSource, ctx: DbContext, query: Q): Promise<InferResult<Q>> {
  const { sql, parameters } = query.compile();
  return runInContext(dataSource, ctx, sql, parameters, false) as Promise<InferResult<Q>>;
}
