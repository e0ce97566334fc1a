import type { Compilable, InferResult } from 'kysely';
import { createHash } from 'node:crypto';
import { Pool, PoolClient, QueryArrayConfig, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DbContext } from './db-context';
import { sqlLiteral } from './sql-literal';

/** Prepared statements kept per connection; each holds a plan in the server process. */
export const MAX_PREPARED_PER_CONNECTION = 32;

/** The statements prepared on each pooled connection, least recently used first. */
const preparedOn = new WeakMap<PoolClient, Set<string>>();

function statementName(text: string): string {
  return `ctx_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

/** What the batch must say before its EXECUTE for `name` to exist: nothing once prepared, else PREPARE (and DEALLOCATE of the oldest). */
function preparation(client: PoolClient, name: string, text: string): string {
  let prepared = preparedOn.get(client);
  if (!prepared) preparedOn.set(client, (prepared = new Set()));
  if (prepared.delete(name)) {
    prepared.add(name);
    return '';
  }
  let sql = '';
  if (prepared.size >= MAX_PREPARED_PER_CONNECTION) {
    const [oldest] = prepared;
    prepared.delete(oldest);
    sql += `DEALLOCATE ${oldest}; `;
  }
  prepared.add(name);
  // A newline before the semicolon: a trailing line comment in the statement must not swallow the rest of the batch.
  return `${sql}PREPARE ${name} AS ${text.trim().replace(/;+$/, '')}\n; `;
}

/**
 * The tenant context as transaction-local settings: SET LOCAL, which the server neither plans nor answers with rows.
 * Run on its generic plan (`plan_cache_mode`), the statement is planned once per connection instead of on every
 * request: PostgreSQL keeps planning a statement whenever it estimates a plan for the given values cheaper, and for
 * the inquiry list's unit filter that planning cost more than the execution.
 */
function contextSql(ctx: DbContext, genericPlan: boolean): string {
  const settings = `SET LOCAL app.tenant_id = ${sqlLiteral(ctx.tenantId ?? '')}; SET LOCAL app.user_id = ${sqlLiteral(ctx.userId ?? '')}; SET LOCAL app.operator = '${ctx.operator ? 'on' : ''}'; `;
  return genericPlan ? `${settings}SET LOCAL plan_cache_mode = force_generic_plan; ` : settings;
}

function executeSql(name: string, values: readonly unknown[]): string {
  return values.length === 0 ? `EXECUTE ${name}` : `EXECUTE ${name}(${values.map(sqlLiteral).join(', ')})`;
}

/** The last statement's result of a batch: pg answers a query of several statements with one result each. */
function lastResult<R>(result: R | R[]): R {
  return Array.isArray(result) ? result[result.length - 1] : result;
}

/** A row as the server sent it: each column's text value in the statement's column order (null for NULL). */
export type RawRow = (string | null)[];

const KEEP_TEXT = { getTypeParser: () => (value: string) => value };

/**
 * Runs the tenant context and one statement as a single simple query on a pooled connection:
 * `[PREPARE name AS sql;] SET LOCAL app.tenant_id = ...; ...; EXECUTE name(literals)`. Without BEGIN the statements of one
 * query are one implicit transaction, so the transaction-local settings hold for the statement, its writes commit
 * with it, and an error in either rolls both back. The statement is prepared once per connection, so the server
 * plans it once rather than on every request; its values are literals quoted by pg's public escapeLiteral
 * (sql-literal.ts) and read by the server as it reads text parameters.
 */
async function runInContext<R>(dataSource: DataSource, ctx: DbContext, text: string, values: readonly unknown[], raw: boolean): Promise<R[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client = await pool.connect();
  try {
    const name = statementName(text);
    // Literals first: a value that cannot be sent fails before anything is prepared or counted.
    const execute = executeSql(name, values);
    const batch = `${preparation(client, name, text)}${contextSql(ctx, raw)}${execute}`;
    const config: QueryConfig | QueryArrayConfig = raw ? { text: batch, rowMode: 'array', types: KEEP_TEXT } : { text: batch };
    const result = (await client.query(config)) as unknown as QueryResult | QueryResult[];
    client.release();
    return lastResult(result).rows as R[];
  } catch (error) {
    // Whether a failed batch's PREPARE or DEALLOCATE took effect is not worth knowing: the connection goes.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

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
