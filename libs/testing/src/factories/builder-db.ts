import { inContext } from '@raadgiver/db';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { TestDatabase } from '../test-database';

/**
 * What the builders write through: the test database's app role, so that row-level security checks every row they
 * write exactly as it checks the application's own (a tenant's row outside its context is refused).
 */
export type BuilderDb = Pick<TestDatabase, 'app'>;

export const unique = (): string => randomUUID().slice(0, 8);

/** Platform rows (tenants, users) are the operator's to write. */
export function asOperator<T>(db: BuilderDb, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inContext(db.app, { tenantId: null, userId: null, operator: true }, work);
}

/** A tenant's own rows, written in its context. */
export function inTenant<T>(db: BuilderDb, tenantId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inContext(db.app, { tenantId, userId: null }, work);
}
