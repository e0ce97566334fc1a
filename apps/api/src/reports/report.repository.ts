import { defineQuery, qb, reportVersionQueries, ReportStatus, ReportVersionStatus, runQuery, runWrite, rawQuery } from '@raadgiver/db';
import type { OrgUnitKind, RecommendationStatus } from '@raadgiver/domain';
import { sql } from 'kysely';
import { EntityManager, QueryFailedError } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** A report as the API reads it. */
export interface ReportRow {
  id: string;
  tenantId: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  comparisonFrom: string | null;
  comparisonTo: string | null;
  status: ReportStatus;
  currentVersion: number;
  foreword: string;
  themes: string;
  examples: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  followUpIntro: string;
  followUpVersion: number;
}

export interface NewReport {
  tenantId: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  comparisonFrom: string | null;
  comparisonTo: string | null;
  createdBy: string;
}

export type ReportSections = Partial<Pick<ReportRow, 'title' | 'foreword' | 'themes' | 'examples'>>;

/** A version's documents or a follow-up note's: the tables of one kind of versioned document. */
export interface VersionedDocumentTables {
  documentTable: 'report_document' | 'follow_up_note_document';
  versionTable: 'report_version' | 'follow_up_note';
}

const selectReport = () =>
  qb
    .selectFrom('report')
    .select([
      'id', 'tenant_id as tenantId', 'title', 'status', 'current_version as currentVersion', 'foreword', 'themes', 'examples', 'created_at as createdAt',
      'updated_at as updatedAt', 'published_at as publishedAt', 'follow_up_intro as followUpIntro', 'follow_up_version as followUpVersion',
    ])
    .select([
      sql<string>`period_from::text`.as('periodFrom'),
      sql<string>`period_to::text`.as('periodTo'),
      sql<string | null>`comparison_from::text`.as('comparisonFrom'),
      sql<string | null>`comparison_to::text`.as('comparisonTo'),
    ])
    .$narrowType<{ status: ReportStatus }>();

/** The reports' queries (SQL in report.repository.sql, checked by `npm test`). */
export const reportQueries = {
  find: defineQuery([ID, false], (id: string, lock: boolean) => {
    const query = selectReport().where('id', '=', id);
    return lock ? query.forUpdate() : query;
  }),
  list: defineQuery([false], (publishedOnly: boolean) => {
    const query = selectReport().orderBy('period_from', 'desc').orderBy('period_to', 'desc').orderBy('created_at', 'desc');
    return publishedOnly ? query.where('status', '=', 'published') : query;
  }),
  periodTaken: defineQuery(['2024-01-01', '2024-12-31'], (from: string, to: string) =>
    qb.selectFrom('report').select(sql<number>`1`.as('taken')).where('period_from', '=', sql<Date>`${from}::date`).where('period_to', '=', sql<Date>`${to}::date`),
  ),
  create: defineQuery(
    [{ tenantId: ID, title: 'Beretning 2024', periodFrom: '2024-01-01', periodTo: '2024-12-31', comparisonFrom: null, comparisonTo: null, createdBy: ID }],
    (report: NewReport) =>
      qb
        .insertInto('report')
        .values({
          tenant_id: report.tenantId, title: report.title, period_from: report.periodFrom, period_to: report.periodTo, comparison_from: report.comparisonFrom,
          comparison_to: report.comparisonTo, status: 'draft', current_version: 0, foreword: '', themes: '', examples: '', created_by: report.createdBy,
          published_at: null,
        })
        .returning('id'),
  ),
  /** New sections (or none) and the given status; any change of content makes the report a draft again. */
  update: defineQuery([ID, ID, { title: 'Beretning' }, 'draft'], (tenantId: string, id: string, sections: ReportSections, status: ReportStatus) =>
    qb.updateTable('report').set({ ...sections, status, updated_at: sql`now()` }).where('tenant_id', '=', tenantId).where('id', '=', id),
  ),
  publish: defineQuery([ID, ID], (tenantId: string, id: string) =>
    qb.updateTable('report').set({ status: 'published', published_at: sql`now()`, updated_at: sql`now()` }).where('tenant_id', '=', tenantId).where('id', '=', id),
  ),
  startGeneration: defineQuery([ID, ID, 1], (tenantId: string, id: string, version: number) =>
    qb.updateTable('report').set({ status: 'generating', current_version: version, updated_at: sql`now()` }).where('tenant_id', '=', tenantId).where('id', '=', id),
  ),
  versions: defineQuery([[ID]], (reportIds: readonly string[]) =>
    qb
      .selectFrom('report_version')
      .select(['report_id as reportId', 'version', 'status', 'figures', 'progress', 'error', 'created_at as createdAt'])
      .$narrowType<{ status: ReportVersionStatus }>()
      .where('report_id', 'in', reportIds)
      .orderBy('version', 'desc'),
  ),
  /** A stored document of a ready version; with `publishedOnly`, of a published report only. */
  document: defineQuery(
    [{ documentTable: 'report_document', versionTable: 'report_version' }, ID, 1, 'pdf', false],
    (tables: VersionedDocumentTables, reportId: string, version: number, format: string, publishedOnly: boolean) =>
      rawQuery(sql<{ content: Buffer; period_to: string }>`SELECT d.content, r.period_to::text
         FROM ${sql.table(tables.documentTable)} d
         JOIN ${sql.table(tables.versionTable)} v ON v.tenant_id = d.tenant_id AND v.report_id = d.report_id AND v.version = d.version
         JOIN report r ON r.tenant_id = d.tenant_id AND r.id = d.report_id
        WHERE d.report_id = ${reportId} AND d.version = ${version} AND d.format = ${format} AND v.status = 'ready'
          AND (${publishedOnly}::boolean = false OR r.status = 'published')`),
  ),
};

/** The recommendations' queries (SQL in report.repository.sql). */
export const recommendationQueries = {
  find: defineQuery([ID], (id: string) => qb.selectFrom('recommendation').select(['id', 'report_id as reportId', 'sort_order as sortOrder']).where('id', '=', id)),
  ofReports: defineQuery([[ID]], (reportIds: readonly string[]) =>
    qb
      .selectFrom('recommendation')
      .select(['id', 'report_id as reportId', 'title', 'text', 'sort_order as sortOrder', 'status', 'status_set_at as statusSetAt'])
      .select(sql<string | null>`due_on::text`.as('dueOn'))
      .$narrowType<{ status: RecommendationStatus }>()
      .where('report_id', 'in', reportIds)
      .orderBy('sort_order')
      .orderBy('title'),
  ),
  /** The units the recommendations are addressed to (those visible: the tenant's). */
  units: defineQuery([[ID]], (recommendationIds: readonly string[]) =>
    qb
      .selectFrom('recommendation_org_unit as l')
      .innerJoin('org_unit as o', 'o.id', 'l.org_unit_id')
      .select([
        'l.recommendation_id as recommendationId', 'o.id', 'o.parent_id as parentId', 'o.name', 'o.short_name as shortName', 'o.kind', 'o.sort_order as sortOrder',
        'o.is_demo as isDemo', 'o.national_area as nationalArea',
      ])
      .select([sql<string>`o.valid_from::text`.as('validFrom'), sql<string | null>`o.valid_to::text`.as('validTo')])
      .$narrowType<{ kind: OrgUnitKind }>()
      .where('l.recommendation_id', 'in', recommendationIds),
  ),
  nextSortOrder: defineQuery([ID], (reportId: string) =>
    qb.selectFrom('recommendation').select(sql<number>`coalesce(max(sort_order), 0) + 10`.as('next')).where('report_id', '=', reportId),
  ),
  add: defineQuery([ID, ID, 'Titel', 'Tekst', 10], (tenantId: string, reportId: string, title: string, text: string, sortOrder: number) =>
    qb.insertInto('recommendation').values({ tenant_id: tenantId, report_id: reportId, title, text, sort_order: sortOrder }).returning('id'),
  ),
  update: defineQuery([ID, ID, 'Titel', 'Tekst', 10], (tenantId: string, id: string, title: string, text: string, sortOrder: number) =>
    qb.updateTable('recommendation').set({ title, text, sort_order: sortOrder }).where('tenant_id', '=', tenantId).where('id', '=', id),
  ),
  remove: defineQuery([ID, ID], (tenantId: string, id: string) => qb.deleteFrom('recommendation').where('tenant_id', '=', tenantId).where('id', '=', id)),
  addUnits: defineQuery([ID, ID, [ID]], (tenantId: string, recommendationId: string, orgUnitIds: readonly string[]) =>
    qb.insertInto('recommendation_org_unit').values(orgUnitIds.map((orgUnitId) => ({ tenant_id: tenantId, recommendation_id: recommendationId, org_unit_id: orgUnitId }))),
  ),
  removeUnits: defineQuery([ID, ID], (tenantId: string, recommendationId: string) =>
    qb.deleteFrom('recommendation_org_unit').where('tenant_id', '=', tenantId).where('recommendation_id', '=', recommendationId),
  ),
  countUnits: defineQuery([[ID]], (ids: readonly string[]) =>
    qb.selectFrom('org_unit').select((eb) => eb.fn.countAll<string>().as('n')).where('id', 'in', ids),
  ),
};

/** The reports' and recommendations' reads and writes, each in the caller's transaction under the tenant's RLS. */
export const reportRepository = {
  async find(em: EntityManager, id: string, lock = false): Promise<ReportRow | undefined> {
    const [row] = await runQuery(em, reportQueries.find(id, lock));
    return row;
  },
  list: (em: EntityManager, publishedOnly: boolean): Promise<ReportRow[]> => runQuery(em, reportQueries.list(publishedOnly)),
  /** The new report's id; null when the tenant has a report of the period (two advisors at once: the unique index decides). */
  async create(em: EntityManager, report: NewReport): Promise<string | null> {
    if ((await runQuery(em, reportQueries.periodTaken(report.periodFrom, report.periodTo))).length > 0) return null;
    try {
      const [{ id }] = await runQuery(em, reportQueries.create(report));
      return id;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string })?.constraint === 'report_period_idx') return null;
      throw error;
    }
  },
  async update(em: EntityManager, report: Pick<ReportRow, 'tenantId' | 'id'>, sections: ReportSections, status: ReportStatus): Promise<void> {
    await runWrite(em, reportQueries.update(report.tenantId, report.id, sections, status));
  },
  async publish(em: EntityManager, report: Pick<ReportRow, 'tenantId' | 'id'>): Promise<void> {
    await runWrite(em, reportQueries.publish(report.tenantId, report.id));
  },
  /** Adds the version, generating, and makes it the report's current one. */
  async startGeneration(em: EntityManager, report: Pick<ReportRow, 'tenantId' | 'id'>, version: number): Promise<void> {
    await runWrite(em, reportVersionQueries.start(report.tenantId, report.id, version));
    await runWrite(em, reportQueries.startGeneration(report.tenantId, report.id, version));
  },
  versions: (em: EntityManager, reportIds: readonly string[]) => runQuery(em, reportQueries.versions(reportIds)),
  async document(em: EntityManager, tables: VersionedDocumentTables, reportId: string, version: number, format: string, publishedOnly: boolean) {
    const [row] = await runQuery(em, reportQueries.document(tables, reportId, version, format, publishedOnly));
    return row;
  },

  async findRecommendation(em: EntityManager, id: string): Promise<{ id: string; reportId: string; sortOrder: number } | undefined> {
    const [row] = await runQuery(em, recommendationQueries.find(id));
    return row;
  },
  recommendationsOf: (em: EntityManager, reportIds: readonly string[]) => runQuery(em, recommendationQueries.ofReports(reportIds)),
  addressedUnits: (em: EntityManager, recommendationIds: readonly string[]) => runQuery(em, recommendationQueries.units(recommendationIds)),
  async addRecommendation(em: EntityManager, tenantId: string, reportId: string, title: string, text: string): Promise<string> {
    const [{ next }] = await runQuery(em, recommendationQueries.nextSortOrder(reportId));
    const [{ id }] = await runQuery(em, recommendationQueries.add(tenantId, reportId, title, text, next));
    return id;
  },
  async updateRecommendation(em: EntityManager, tenantId: string, id: string, title: string, text: string, sortOrder: number): Promise<void> {
    await runWrite(em, recommendationQueries.update(tenantId, id, title, text, sortOrder));
  },
  async removeRecommendation(em: EntityManager, tenantId: string, id: string): Promise<void> {
    await runWrite(em, recommendationQueries.remove(tenantId, id));
  },
  /** Addresses the recommendation to exactly `orgUnitIds`. */
  async setAddressedUnits(em: EntityManager, tenantId: string, recommendationId: string, orgUnitIds: readonly string[]): Promise<void> {
    await runWrite(em, recommendationQueries.removeUnits(tenantId, recommendationId));
    if (orgUnitIds.length) await runWrite(em, recommendationQueries.addUnits(tenantId, recommendationId, orgUnitIds));
  },
  /** How many of the units are visible (the tenant's). */
  async countOrgUnits(em: EntityManager, ids: readonly string[]): Promise<number> {
    const [{ n }] = await runQuery(em, recommendationQueries.countUnits(ids));
    return Number(n);
  },
};
