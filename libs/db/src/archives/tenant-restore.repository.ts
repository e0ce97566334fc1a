import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import type { DB } from '../query/database';
import { defineQuery, qb, rawQuery, runQuery, runWrite } from '../query/query-builder';

const ID = '00000000-0000-4000-8000-000000000001';

/** A table a restore writes rows of as exported. */
export type RestoredTable = keyof DB;

/** How rows go in: with the context's tenant, and whether a row the installation has already is kept. */
export interface RowInsert {
  tenantOwned: boolean;
  keepExisting: boolean;
}

const columnList = (columns: readonly string[]) => sql.join(columns.map((column) => sql.ref(column)));

/** What restoring a municipality's export reads and writes (SQL in tenant-restore.repository.sql). */
export const tenantRestoreQueries = {
  /** A municipality of the installation with the package's id, kommunekode or slug. */
  existing: defineQuery([ID, '350', 'lejre'], (id: string, kommunekode: string, slug: string) =>
    qb
      .selectFrom('tenant')
      .select(['name', 'kommunekode'])
      .where((eb) => eb.or([eb('id', '=', id), eb('kommunekode', '=', kommunekode), eb('slug', '=', slug)])),
  ),
  /**
   * Rows as exported, given as a JSON array of objects keyed by column: json_populate_recordset reads each value with
   * the column's own type, and a tenant's row gets the tenant of the context (the policies check it). With
   * `keepExisting` a row whose id the installation has already is left as it is (a user of another municipality too).
   */
  insertRows: defineQuery(
    ['category' as RestoredTable, ['id', 'name'], { tenantOwned: true, keepExisting: false }, '[]'],
    (table: RestoredTable, columns: readonly string[], how: RowInsert, rows: string) =>
      rawQuery(sql`INSERT INTO ${sql.table(table)} (${how.tenantOwned ? sql`tenant_id, ` : sql``}${columnList(columns)})
        SELECT ${how.tenantOwned ? sql`app_tenant_id(), ` : sql``}${columnList(columns)} FROM json_populate_recordset(NULL::${sql.table(table)}, ${rows}::json)
        ${how.keepExisting ? sql`ON CONFLICT (id) DO NOTHING` : sql``}`),
  ),
  insertDocument: defineQuery([ID, 1, Buffer.from(''), '0'.repeat(64)], (reportId: string, version: number, content: Buffer, sha256: string) =>
    qb.insertInto('report_document').values({
      tenant_id: sql<string>`app_tenant_id()`, report_id: reportId, version, format: 'pdf', content, byte_size: content.length, sha256,
    }),
  ),
  savepoint: defineQuery([], () => rawQuery(sql`SAVEPOINT restore_rows`)),
  release: defineQuery([], () => rawQuery(sql`RELEASE SAVEPOINT restore_rows`)),
  rollback: defineQuery([], () => rawQuery(sql`ROLLBACK TO SAVEPOINT restore_rows`)),
  restored: defineQuery([ID, '{}'], (tenantId: string, details: string) =>
    qb.insertInto('audit_event').values({ tenant_id: tenantId, user_id: null, action: 'tenant.restored', subject_type: 'tenant', subject_id: tenantId, details: sql`${details}::jsonb` }),
  ),
};

/** The restore's statements, each in the caller's transaction under the new municipality's context. */
export const tenantRestoreRepository = {
  async existing(em: EntityManager, id: string, kommunekode: string, slug: string): Promise<{ name: string; kommunekode: string } | undefined> {
    const [row] = await runQuery(em, tenantRestoreQueries.existing(id, kommunekode, slug));
    return row;
  },
  insertRows: (em: EntityManager, table: RestoredTable, columns: readonly string[], how: RowInsert, rows: object[]): Promise<number> =>
    runWrite(em, tenantRestoreQueries.insertRows(table, columns, how, JSON.stringify(rows))),
  insertDocument: (em: EntityManager, reportId: string, version: number, content: Buffer, sha256: string): Promise<number> =>
    runWrite(em, tenantRestoreQueries.insertDocument(reportId, version, content, sha256)),
  /** Runs `write` so that its failure leaves the transaction usable: the caller may then look for the row at fault. */
  async attempt(em: EntityManager, write: () => Promise<number>): Promise<{ written: number } | { error: unknown }> {
    await runQuery(em, tenantRestoreQueries.savepoint());
    try {
      const written = await write();
      await runQuery(em, tenantRestoreQueries.release());
      return { written };
    } catch (error) {
      await runQuery(em, tenantRestoreQueries.rollback());
      return { error };
    }
  },
  async restored(em: EntityManager, tenantId: string, details: object): Promise<void> {
    await runWrite(em, tenantRestoreQueries.restored(tenantId, JSON.stringify(details)));
  },
};
