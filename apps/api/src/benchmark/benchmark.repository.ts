import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import type { TaxonomyKind } from '@raadgiver/domain';

const ID = '00000000-0000-4000-8000-000000000001';

/** A national taxonomy entry as the operator enters it. */
export interface TaxonomyEntryValues {
  kind: string;
  code: string;
  nameDa: string;
  nameEn: string;
  sortOrder: number;
}

/** The benchmark's settings: taxonomy versions, peer groups, opt-in, comments and areas (SQL in benchmark.repository.sql). */
export const benchmarkSettingQueries = {
  /**
   * One new version at a time. An advisory lock, as the app role may only read and add versions: LOCK TABLE in a mode
   * that keeps out other writers needs UPDATE, DELETE or TRUNCATE, which it has not, and the operator was refused.
   */
  lockTaxonomy: defineQuery([], () => qb.selectNoFrom(sql`pg_advisory_xact_lock(hashtextextended('national_taxonomy_version', 0))`.as('locked'))),
  addTaxonomyVersion: defineQuery([ID], (userId: string) =>
    qb
      .insertInto('national_taxonomy_version')
      .columns(['version', 'created_by'])
      .expression((eb) => eb.selectFrom('national_taxonomy_version').select([sql<number>`coalesce(max(version), 0) + 1`.as('version'), eb.val(userId).as('created_by')]))
      .returning('version'),
  ),
  addTaxonomyEntries: defineQuery(
    [2, ['category'], ['housing'], ['Bolig'], ['Housing'], [10]],
    (version: number, kinds: string[], codes: string[], namesDa: string[], namesEn: string[], sortOrders: number[]) =>
      qb
        .insertInto('national_taxonomy_entry')
        .columns(['version', 'kind', 'code', 'name_da', 'name_en', 'sort_order'])
        .expression(sql`SELECT ${version}, * FROM unnest(${kinds}::text[], ${codes}::text[], ${namesDa}::text[], ${namesEn}::text[], ${sortOrders}::int[])`),
  ),
  /** Every version's entries, newest version first. */
  taxonomyVersions: defineQuery([], () =>
    qb
      .selectFrom('national_taxonomy_entry')
      .select(['version', 'kind', 'code', 'name_da', 'name_en', 'sort_order'])
      .orderBy('version', 'desc')
      .orderBy('kind')
      .orderBy('sort_order')
      .orderBy('code'),
  ),
  /** Whether the current taxonomy version has the code for the kind (a category, an outcome, a department area). */
  nationalCodeKnown: defineQuery(['department_area' as TaxonomyKind, 'social'], (kind: TaxonomyKind, code: string) =>
    qb
      .selectFrom('national_taxonomy_entry')
      .select(sql<number>`1`.as('known'))
      .where('version', '=', (eb) => eb.selectFrom('national_taxonomy_version').select((v) => v.fn.max('version').as('max')))
      .where('kind', '=', kind)
      .where('code', '=', code),
  ),
  setPeerGroup: defineQuery([ID, 'opland'], (tenantId: string, peerGroup: string | null) =>
    qb.updateTable('tenant').set({ benchmark_peer_group: peerGroup }).where('id', '=', tenantId).returning('id'),
  ),
  setOptIn: defineQuery([ID, true], (tenantId: string, optIn: boolean) => qb.updateTable('tenant').set({ benchmark_opt_in: optIn }).where('id', '=', tenantId)),
  removeComment: defineQuery([ID, 2024], (tenantId: string, year: number) =>
    qb.deleteFrom('benchmark_comment').where('tenant_id', '=', tenantId).where('year', '=', year),
  ),
  setComment: defineQuery([ID, 2024, 'Tekst', ID], (tenantId: string, year: number, text: string, userId: string) =>
    qb
      .insertInto('benchmark_comment')
      .values({ tenant_id: tenantId, year, text, written_by: userId })
      .onConflict((conflict) =>
        conflict.columns(['tenant_id', 'year']).doUpdateSet((eb) => ({ text: eb.ref('excluded.text'), written_by: eb.ref('excluded.written_by'), written_at: sql`now()` })),
      ),
  ),
  setOrgUnitArea: defineQuery([ID, 'social'], (orgUnitId: string, area: string | null) =>
    qb.updateTable('org_unit').set({ national_area: area }).where('id', '=', orgUnitId).returning('id'),
  ),
};

/** The benchmark settings' writes, each in the caller's transaction under the tenant's RLS (or the operator's). */
export const benchmarkSettingRepository = {
  /** Adds the next taxonomy version with `entries`, one version at a time; the version's number. */
  async addTaxonomyVersion(em: EntityManager, userId: string, entries: readonly TaxonomyEntryValues[]): Promise<number> {
    await runQuery(em, benchmarkSettingQueries.lockTaxonomy());
    const [{ version }] = await runQuery(em, benchmarkSettingQueries.addTaxonomyVersion(userId));
    await runWrite(
      em,
      benchmarkSettingQueries.addTaxonomyEntries(
        version, entries.map((e) => e.kind), entries.map((e) => e.code), entries.map((e) => e.nameDa), entries.map((e) => e.nameEn), entries.map((e) => e.sortOrder),
      ),
    );
    return version;
  },
  /** Every version with its entries, newest first. */
  async taxonomyVersions(em: EntityManager): Promise<{ version: number; entries: TaxonomyEntryValues[] }[]> {
    const versions = new Map<number, TaxonomyEntryValues[]>();
    for (const row of await runQuery(em, benchmarkSettingQueries.taxonomyVersions())) {
      const entries = versions.get(row.version) ?? [];
      entries.push({ kind: row.kind, code: row.code, nameDa: row.name_da, nameEn: row.name_en, sortOrder: row.sort_order });
      versions.set(row.version, entries);
    }
    return [...versions].map(([version, entries]) => ({ version, entries }));
  },
  async nationalCodeKnown(em: EntityManager, kind: TaxonomyKind, code: string): Promise<boolean> {
    return (await runQuery(em, benchmarkSettingQueries.nationalCodeKnown(kind, code))).length > 0;
  },
  /** False when the tenant is not there. */
  async setPeerGroup(em: EntityManager, tenantId: string, peerGroup: string | null): Promise<boolean> {
    return (await runQuery(em, benchmarkSettingQueries.setPeerGroup(tenantId, peerGroup))).length > 0;
  },
  async setOptIn(em: EntityManager, tenantId: string, optIn: boolean): Promise<void> {
    await runWrite(em, benchmarkSettingQueries.setOptIn(tenantId, optIn));
  },
  /** Sets the year's comment; null removes it. */
  async setComment(em: EntityManager, tenantId: string, year: number, text: string | null, userId: string): Promise<void> {
    await runWrite(em, text === null ? benchmarkSettingQueries.removeComment(tenantId, year) : benchmarkSettingQueries.setComment(tenantId, year, text, userId));
  },
  /** False when the unit is not there (or another tenant's). */
  async setOrgUnitArea(em: EntityManager, orgUnitId: string, area: string | null): Promise<boolean> {
    return (await runQuery(em, benchmarkSettingQueries.setOrgUnitArea(orgUnitId, area))).length > 0;
  },
};
