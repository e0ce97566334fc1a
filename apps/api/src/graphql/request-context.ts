import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import type { Compilable, InferResult } from 'kysely';
import { DbContext, rawStatementInContext, RawRow, RequestTransaction, runQuery, runRawQuery, statementInContext } from '@raadgiver/db';
import { AuthClaims } from '../access/auth-claims';
import { ForbiddenError, UnauthenticatedError } from '@raadgiver/domain';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // passport puts the verified access-token claims on req.user.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends AuthClaims {}
  }
}

export type AuthenticatedRequest = Request;

/** Per-request state: the verified caller, one database transaction, and request-scoped DataLoaders. */
export class RequestContext {
  readonly tx: RequestTransaction;
  private readonly loaders = new Map<string, unknown>();
  private transactionOpened = false;
  private singleStatement = false;
  private snapshotVersion: string | null = null;

  constructor(
    readonly req: AuthenticatedRequest,
    readonly res: Response,
    private readonly dataSource: DataSource,
  ) {
    this.tx = new RequestTransaction(dataSource, () => this.dbContext());
  }

  get auth(): AuthClaims | null {
    return this.req.user ?? null;
  }

  /** The caller's claims; the guard has already refused anonymous calls to non-public operations. */
  requireAuth(): AuthClaims {
    if (!this.req.user) throw new UnauthenticatedError();
    return this.req.user;
  }

  /** The tenant from the verified token: the only source of a tenant id. */
  requireTenant(): { tenantId: string; userId: string } {
    const auth = this.requireAuth();
    if (!auth.tenantId) throw new ForbiddenError('choose_municipality');
    return { tenantId: auth.tenantId, userId: auth.userId };
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    this.transactionOpened = true;
    return this.tx.run(work);
  }

  /**
   * Decided once per operation, before its resolvers run (transactionPlugin): whether statement() and rawStatement()
   * may take their single round trip. Only an operation of one root field may; any other reads all it reads in the
   * request transaction, so one request never reads two snapshots.
   */
  allowSingleStatement(allowed: boolean): void {
    this.singleStatement = allowed;
  }

  /**
   * One statement for a request that needs nothing else from the database: with the caller's
   * context as its own transaction in a single round trip (statement-in-context.ts) when the operation
   * allows it (allowSingleStatement), else inside the request transaction.
   */
  statement<Q extends Compilable<unknown>>(query: Q): Promise<InferResult<Q>> {
    if (!this.singleStatementNow()) return this.run((em) => runQuery(em, query));
    const { sql: text, parameters } = query.compile();
    return statementInContext(this.dataSource, this.dbContext(), text, [...parameters]) as Promise<InferResult<Q>>;
  }

  /** statement() with each row as the columns' unparsed text values (rawStatementInContext), for a list that decodes its own rows. */
  rawStatement(query: Compilable<unknown>): Promise<RawRow[]> {
    if (!this.singleStatementNow()) return this.run((em) => runRawQuery(em, query));
    const { sql: text, parameters } = query.compile();
    return rawStatementInContext(this.dataSource, this.dbContext(), text, [...parameters]);
  }

  /**
   * Says that the operation's answer was built from the published benchmark snapshot of `version` alone (nothing
   * else read, nothing of the user in it), so that it may be held for the same municipality and roles (HeldAnswers).
   */
  builtFromSnapshot(version: string): void {
    this.snapshotVersion = version;
  }

  /** The snapshot version builtFromSnapshot() named; null when no resolver did. */
  get snapshotBuiltFrom(): string | null {
    return this.snapshotVersion;
  }

  /** One loader per key and request, created on first use. */
  loader<T>(key: string, create: () => T): T {
    if (!this.loaders.has(key)) this.loaders.set(key, create());
    return this.loaders.get(key) as T;
  }

  private singleStatementNow(): boolean {
    return this.singleStatement && !this.transactionOpened;
  }

  private dbContext(): DbContext {
    const auth = this.auth;
    return { tenantId: auth?.tenantId ?? null, userId: auth?.userId ?? null, operator: auth?.operator ?? false };
  }
}
