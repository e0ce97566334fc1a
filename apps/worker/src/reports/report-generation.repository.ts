import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import type { ReportPeriod } from '@raadgiver/domain';
import type { CatalogueRenameNote, Logo } from '@raadgiver/reports';
import { EntityManager } from 'typeorm';
import { versionedDocumentQueries, versionedDocumentRepository } from '../job-runner/versioned-document.repository';

const ID = '00000000-0000-4000-8000-000000000001';

/** A report version to make, with what its documents say besides the figures. */
export interface VersionRow {
  status: string;
  title: string;
  period_from: string;
  period_to: string;
  comparison_from: string | null;
  comparison_to: string | null;
  foreword: string;
  themes: string;
  examples: string;
  /** The name of the advisor who created the report; null when the user is gone from the municipality. */
  advisor_name: string | null;
}

/** The report versions' and documents' queries (SQL in report-generation.repository.sql, checked by `npm test`). */
export const reportVersionQueries = versionedDocumentQueries('report_version', 'report_document');

/** The report's own queries while its documents are made. */
export const reportGenerationQueries = {
  version: defineQuery([ID, 1], (reportId: string, version: number) =>
    qb
      .selectFrom('report_version as v')
      .innerJoin('report as r', (join) => join.onRef('r.tenant_id', '=', 'v.tenant_id').onRef('r.id', '=', 'v.report_id'))
      .leftJoin('app_user as u', 'u.id', 'r.created_by')
      .select(['v.status', 'r.title', 'r.foreword', 'r.themes', 'r.examples', 'u.display_name as advisor_name'])
      .select([
        sql<string>`r.period_from::text`.as('period_from'),
        sql<string>`r.period_to::text`.as('period_to'),
        sql<string | null>`r.comparison_from::text`.as('comparison_from'),
        sql<string | null>`r.comparison_to::text`.as('comparison_to'),
      ])
      .where('v.report_id', '=', reportId)
      .where('v.version', '=', version),
  ),
  figures: defineQuery([ID, 1, '{}', 20], (reportId: string, version: number, figures: string, progress: number) =>
    qb
      .updateTable('report_version')
      .set({ figures: sql`${figures}::jsonb`, progress, error: null })
      .where('report_id', '=', reportId)
      .where('version', '=', version),
  ),
  /** The report follows its latest version: ready when it was waiting for it, back to draft when it failed. */
  reportStatus: defineQuery([ID, 1, 'ready'], (reportId: string, version: number, status: 'ready' | 'draft') =>
    qb
      .updateTable('report')
      .set({ status, updated_at: sql`now()` })
      .where('id', '=', reportId)
      .where('current_version', '=', version)
      .where('status', '=', 'generating'),
  ),
  tenantName: defineQuery([], () => qb.selectFrom('tenant').select('name').where('id', '=', sql<string>`app_tenant_id()`)),
  /** Categories and outcomes renamed during the period (days in Danish time), oldest first. */
  catalogueRenames: defineQuery(['2019-01-01', '2019-12-31'], (from: string, to: string) =>
    qb
      .selectFrom('catalogue_rename')
      .select(['kind', 'old_name as from', 'new_name as to', sql<string>`(renamed_at AT TIME ZONE 'Europe/Copenhagen')::date::text`.as('on')])
      .where(sql<boolean>`(renamed_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN ${from}::date AND ${to}::date`)
      .orderBy('renamed_at')
      .orderBy('id'),
  ),
  /** The municipality's logo as the API stored it (PNG), for the cover. */
  logo: defineQuery([], () => qb.selectFrom('tenant_logo').select(['png', 'width', 'height'])),
  /** The report's recommendations in their order, each with the names of the units it is addressed to. */
  recommendations: defineQuery([ID], (reportId: string) =>
    qb
      .selectFrom('recommendation as r')
      .leftJoin('recommendation_org_unit as l', (join) => join.onRef('l.tenant_id', '=', 'r.tenant_id').onRef('l.recommendation_id', '=', 'r.id'))
      .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'l.tenant_id').onRef('o.id', '=', 'l.org_unit_id'))
      .select(['r.title', 'r.text'])
      .select(sql<string[]>`coalesce(array_agg(o.name ORDER BY o.sort_order, o.name) FILTER (WHERE o.id IS NOT NULL), '{}')`.as('units'))
      .where('r.report_id', '=', reportId)
      .groupBy(['r.id', 'r.title', 'r.text', 'r.sort_order'])
      .orderBy('r.sort_order')
      .orderBy('r.title'),
  ),
};

/** What making a report's documents reads and writes, in the caller's transaction under the tenant's RLS. */
export const reportGenerationRepository = {
  ...versionedDocumentRepository(reportVersionQueries),

  async version(em: EntityManager, reportId: string, version: number): Promise<VersionRow | undefined> {
    const [row] = await runQuery(em, reportGenerationQueries.version(reportId, version));
    return row;
  },

  async storeFigures(em: EntityManager, reportId: string, version: number, figures: unknown, progress: number): Promise<void> {
    await runWrite(em, reportGenerationQueries.figures(reportId, version, JSON.stringify(figures), progress));
  },

  async reportStatus(em: EntityManager, reportId: string, version: number, status: 'ready' | 'draft'): Promise<void> {
    await runWrite(em, reportGenerationQueries.reportStatus(reportId, version, status));
  },

  async tenantName(em: EntityManager): Promise<string> {
    const [tenant] = await runQuery(em, reportGenerationQueries.tenantName());
    return tenant?.name ?? '';
  },

  async catalogueRenames(em: EntityManager, period: ReportPeriod): Promise<CatalogueRenameNote[]> {
    const rows = await runQuery(em, reportGenerationQueries.catalogueRenames(period.from, period.to));
    return rows.map((row) => ({ ...row, kind: row.kind === 'outcome' ? 'outcome' : 'category' }));
  },

  async logo(em: EntityManager): Promise<Logo | null> {
    const [logo] = await runQuery(em, reportGenerationQueries.logo());
    return logo ?? null;
  },

  recommendations(em: EntityManager, reportId: string): Promise<{ title: string; text: string; units: string[] }[]> {
    return runQuery(em, reportGenerationQueries.recommendations(reportId));
  },
};
