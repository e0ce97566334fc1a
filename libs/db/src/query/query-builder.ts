import {
  Compilable,
  DummyDriver,
  InferResult,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  RawBuilder,
  sql,
} from 'kysely';
import type { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { DB } from './database';

/**
 * Builds and type-checks SQL against the migrated schema (database.ts); never connects. Queries are compiled here
 * and sent by `runQuery` through the request's or job's own transaction (TypeORM's EntityManager over the one `pg`
 * pool), so row-level security and the tenant context apply exactly as to every other statement.
 */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

interface StructuredResult {
  records: unknown[];
  affected?: number;
}

/** Sends the query on the transaction's connection and asks for TypeORM's structured result (rows and count alike). */
function send(em: EntityManager, query: Compilable<unknown>): Promise<StructuredResult> {
  const runner = em.queryRunner;
  // Outside inContext there is no tenant context, and row-level security would show nothing.
  if (!runner) throw new Error('Queries run inside a transaction with its context (inContext)');
  const { sql, parameters } = query.compile();
  return runner.query(sql, [...parameters], true) as Promise<StructuredResult>;
}

/** The rows a compiled query returns (RETURNING rows for writes; none without RETURNING). */
export async function runQuery<Q extends Compilable<unknown>>(em: EntityManager, query: Q): Promise<InferResult<Q>> {
  return (await send(em, query)).records as InferResult<Q>;
}

/**
 * The rows of a compiled query as the server sent them: each row its columns' text values in order, unparsed
 * (`RawRow`, as rawStatementInContext gives them), for a hot list that decodes its own rows.
 */
export async function runRawQuery(em: EntityManager, query: Compilable<unknown>): Promise<(string | null)[][]> {
  const runner = em.queryRunner as PostgresQueryRunner | undefined;
  if (!runner) throw new Error('Queries run inside a transaction with its context (inContext)');
  const client = (await runner.connect()) as PoolClient;
  const { sql: text, parameters } = query.compile();
  const result = await client.query<(string | null)[]>({ text, values: [...parameters], rowMode: 'array', types: { getTypeParser: () => (value: string) => value } });
  return result.rows;
}

/** The number of rows a write changed. */
export async function runWrite(em: EntityManager, query: Compilable<unknown>): Promise<number> {
  return (await send(em, query)).affected ?? 0;
}

/** A query-building function with arguments to show it with in the SQL snapshots (`npm test` checks them). */
export type DefinedQuery<A extends unknown[], Q extends Compilable<unknown>> = ((...args: A) => Q) & { example: A };

export function defineQuery<A extends unknown[], Q extends Compilable<unknown>>(example: A, build: (...args: A) => Q): DefinedQuery<A, Q> {
  return Object.assign(build, { example });
}

/** A statement written whole with the `sql` template tag (a hand-tuned one), as a query `runQuery` and `defineQuery` take. */
export function rawQuery<R>(statement: RawBuilder<R>): Compilable<R> {
  return { compile: () => statement.compile(qb) };
}

/** `ANY($n::type[])`: one parameter for a list of any length, so the statement's text stays the same. */
export function anyOf(values: readonly string[], type: 'uuid' | 'text'): RawBuilder<string> {
  return sql<string>`ANY(${values}::${sql.raw(type)}[])`;
}
