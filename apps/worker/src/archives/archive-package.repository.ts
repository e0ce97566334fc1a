import { ArchiveRow, ArchiveTableName, defineQuery, qb, rawQuery, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** What a package covers: its period (both days included), or everything the municipality holds. */
export interface ArchiveScope {
  from: string;
  to: string;
  everything: boolean;
}

const EXAMPLE_SCOPE: ArchiveScope = { from: '2019-01-01', to: '2019-12-31', everything: false };

/** An inquiry belongs to a period when it was received or closed in it: the nightly removal waits for the closing day's archive. */
function inquiryInScope(alias: string, scope: ArchiveScope) {
  const a = sql.raw(alias);
  return sql<boolean>`(${scope.everything}::boolean OR ${a}.received_on BETWEEN ${scope.from}::date AND ${scope.to}::date OR ${a}.closed_on BETWEEN ${scope.from}::date AND ${scope.to}::date)`;
}

function scopedInquiryIds(scope: ArchiveScope) {
  return sql`SELECT i.id FROM inquiry i WHERE ${inquiryInScope('i', scope)}`;
}

/** The reports whose period overlaps the package's (all of them for everything). */
function scopedReportIds(scope: ArchiveScope) {
  return sql`SELECT r.id FROM report r WHERE ${scope.everything}::boolean OR (r.period_from <= ${scope.to}::date AND r.period_to >= ${scope.from}::date)`;
}

/** A report's PDF as the package names it: documents/report-<report id>-v<version>.pdf. */
const PDF_FILE = sql.raw(`'documents/report-' || d.report_id || '-v' || d.version || '.pdf'`);

/** The report documents as PDF of the reports whose period overlaps the package's (all of them for everything). */
function scopedPdfs(scope: ArchiveScope) {
  return sql`FROM report_document d JOIN report r ON r.tenant_id = d.tenant_id AND r.id = d.report_id
    WHERE d.format = 'pdf' AND (${scope.everything}::boolean OR (r.period_from <= ${scope.to}::date AND r.period_to >= ${scope.from}::date))`;
}

/** Every table's rows as text, in the columns ARCHIVE_TABLES names. */
export const archiveTableQueries = {
  inquiry: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT i.id::text, i.reference, i.received_on::text, i.channel, i.kind, i.status, i.citizen_id::text, i.org_unit_id::text,
      i.outcome_id::text, i.main_inquiry_id::text, i.first_contact_on::text, i.closed_on::text, i.summary, i.created_at::text, i.updated_at::text,
      i.anonymised_at::text FROM inquiry i WHERE ${inquiryInScope('i', scope)} ORDER BY i.received_on, i.reference`),
  ),
  citizen: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT c.id::text, c.reference, c.display_name, c.email, c.phone, c.created_at::text, c.anonymised_at::text FROM citizen c
      WHERE ${scope.everything}::boolean OR c.id IN (SELECT i.citizen_id FROM inquiry i WHERE ${inquiryInScope('i', scope)}) ORDER BY c.created_at, c.id`),
  ),
  inquiry_category: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT ic.inquiry_id::text, ic.category_id::text FROM inquiry_category ic
      WHERE ic.inquiry_id IN (${scopedInquiryIds(scope)}) ORDER BY ic.inquiry_id, ic.category_id`),
  ),
  category: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT id::text, name, national_code, active::text, sort_order::text FROM category ORDER BY sort_order, name`),
  ),
  outcome: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT id::text, name, national_code, active::text, sort_order::text FROM outcome ORDER BY sort_order, name`),
  ),
  org_unit: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT id::text, name, short_name, kind, parent_id::text, valid_from::text, valid_to::text, sort_order::text, national_area, note,
      is_demo::text FROM org_unit ORDER BY sort_order, name, id`),
  ),
  org_unit_event: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT id::text, org_unit_id::text, action, from_name, to_name, from_parent_id::text, to_parent_id::text, related_unit_id::text,
      effective_date::text, occurred_at::text, actor_id::text FROM org_unit_event ORDER BY occurred_at, id`),
  ),
  org_unit_link: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT predecessor_id::text, successor_id::text, kind, effective_date::text FROM org_unit_link ORDER BY effective_date, predecessor_id, successor_id`),
  ),
  decided_case_volume: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT org_unit_id::text, year::text, decided_cases::text, updated_at::text, updated_by::text FROM decided_case_volume ORDER BY year, org_unit_id`),
  ),
  learning_entry: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT l.id::text, l.inquiry_id::text, l.org_unit_id::text, l.what_went_wrong, l.why, l.what_was_learnt, l.prevention,
      l.can_recur::text, l.author_id::text, l.created_at::text FROM learning_entry l
      WHERE ${scope.everything}::boolean OR l.inquiry_id IN (${scopedInquiryIds(scope)}) ORDER BY l.created_at, l.id`),
  ),
  report: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT r.id::text, r.title, r.period_from::text, r.period_to::text, r.status, r.published_at::text, r.current_version::text,
      r.comparison_from::text, r.comparison_to::text, r.foreword, r.themes, r.examples, r.follow_up_intro, r.created_by::text, r.created_at::text FROM report r
      WHERE r.id IN (${scopedReportIds(scope)}) ORDER BY r.period_from, r.title`),
  ),
  report_version: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT v.report_id::text, v.version::text, v.status, v.progress::text, v.error, v.figures::text, v.created_at::text FROM report_version v
      WHERE v.report_id IN (${scopedReportIds(scope)}) ORDER BY v.report_id, v.version`),
  ),
  recommendation: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT a.id::text, a.report_id::text, a.title, a.text, a.sort_order::text, a.due_on::text, a.status, a.status_set_at::text,
      a.status_set_by::text FROM recommendation a WHERE a.report_id IN (${scopedReportIds(scope)}) ORDER BY a.report_id, a.sort_order, a.id`),
  ),
  recommendation_org_unit: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT x.recommendation_id::text, x.org_unit_id::text FROM recommendation_org_unit x JOIN recommendation a ON a.id = x.recommendation_id
      WHERE a.report_id IN (${scopedReportIds(scope)}) ORDER BY x.recommendation_id, x.org_unit_id`),
  ),
  recommendation_status_change: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT x.id::text, x.recommendation_id::text, x.status, x.set_at::text, x.set_by::text FROM recommendation_status_change x
      JOIN recommendation a ON a.id = x.recommendation_id WHERE a.report_id IN (${scopedReportIds(scope)}) ORDER BY x.set_at, x.id`),
  ),
  recommendation_follow_up: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT x.id::text, x.recommendation_id::text, x.org_unit_id::text, x.text, x.proposed_status, x.written_by::text, x.created_at::text,
      x.updated_at::text FROM recommendation_follow_up x JOIN recommendation a ON a.id = x.recommendation_id
      WHERE a.report_id IN (${scopedReportIds(scope)}) ORDER BY x.created_at, x.id`),
  ),
  report_document: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT d.report_id::text, d.version::text, d.byte_size::text, ${PDF_FILE} AS file ${scopedPdfs(scope)} ORDER BY r.period_from, d.report_id, d.version`),
  ),
  audit_event: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT a.id::text, a.occurred_at::text, a.user_id::text, a.action, a.subject_type, a.subject_id::text, a.details::text FROM audit_event a
      WHERE ${scope.everything}::boolean OR (a.occurred_at >= (${scope.from}::date::timestamp AT TIME ZONE 'Europe/Copenhagen')
        AND a.occurred_at < ((${scope.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen'))
      ORDER BY a.occurred_at, a.id`),
  ),
  // The users' e-mail addresses only in the full export: a restore needs them, an archive of a period does not.
  user: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT u.id::text, u.display_name, CASE WHEN ${scope.everything}::boolean THEN u.email END AS email FROM app_user u
      WHERE EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.tenant_id = app_tenant_id()) ORDER BY u.display_name, u.id`),
  ),
  membership: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT user_id::text, role, created_at::text, deactivated_at::text FROM membership WHERE tenant_id = app_tenant_id() ORDER BY user_id, role`),
  ),
  membership_org_unit: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT user_id::text, org_unit_id::text FROM membership_org_unit ORDER BY user_id, org_unit_id`),
  ),
  tenant: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT id::text, name, slug, kommunekode, locale, settings::text, benchmark_opt_in::text, benchmark_peer_group, created_at::text FROM tenant
      WHERE id = app_tenant_id()`),
  ),
  tenant_retention: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT inquiry_years::text, audit_years::text, wait_for_archive::text, updated_at::text, updated_by::text FROM tenant_retention`),
  ),
  tenant_population: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT year::text, inhabitants::text FROM tenant_population WHERE tenant_id = app_tenant_id() ORDER BY year`),
  ),
  national_mapping_change: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT id::text, kind, entry_id::text, old_code, new_code, changed_at::text FROM national_mapping_change ORDER BY changed_at, id`),
  ),
  benchmark_comment: defineQuery([EXAMPLE_SCOPE], (_scope: ArchiveScope) =>
    rawQuery(sql<ArchiveRow>`SELECT year::text, text, written_at::text, written_by::text FROM benchmark_comment WHERE tenant_id = app_tenant_id() ORDER BY year`),
  ),
} satisfies Record<ArchiveTableName, unknown>;

/** The package row and what the job writes back. */
export const archivePackageQueries = {
  package: defineQuery([ID], (packageId: string) =>
    qb
      .selectFrom('archive_package as p')
      .leftJoin('app_user as u', 'u.id', 'p.requested_by')
      .select(['p.scope', 'p.status', 'p.requested_at', 'u.display_name as requested_by_name'])
      .select([sql<string>`p.period_from::text`.as('period_from'), sql<string>`p.period_to::text`.as('period_to')])
      .where('p.id', '=', packageId),
  ),
  start: defineQuery([ID], (packageId: string) =>
    qb.updateTable('archive_package').set({ status: 'running', error_code: null }).where('id', '=', packageId).where('status', 'in', ['queued', 'running', 'failed']),
  ),
  store: defineQuery([ID, Buffer.from(''), 0, '0'.repeat(64)], (packageId: string, content: Buffer, size: number, sha256: string) =>
    qb
      .updateTable('archive_package')
      .set({ status: 'ready', content, size_bytes: size, sha256, finished_at: sql`now()`, error_code: null })
      .where('id', '=', packageId)
      .where('status', '=', 'running'),
  ),
  fail: defineQuery([ID, 'build_failed'], (packageId: string, errorCode: string) =>
    qb.updateTable('archive_package').set({ status: 'failed', error_code: errorCode, finished_at: sql`now()` }).where('id', '=', packageId).where('status', '!=', 'ready'),
  ),
  pdfContents: defineQuery([EXAMPLE_SCOPE], (scope: ArchiveScope) =>
    rawQuery(sql<{ file: string; content: Buffer }>`SELECT ${PDF_FILE} AS file, d.content ${scopedPdfs(scope)}`),
  ),
  tenant: defineQuery([], () => qb.selectFrom('tenant').select(['name', 'kommunekode']).where('id', '=', sql<string>`app_tenant_id()`)),
  built: defineQuery([ID, ID, '{}'], (tenantId: string, packageId: string, details: string) =>
    qb.insertInto('audit_event').values({ tenant_id: tenantId, user_id: null, action: 'archive.built', subject_type: 'archive_package', subject_id: packageId, details: sql`${details}::jsonb` }),
  ),
};

export interface ArchivePackageRow {
  scope: string;
  status: string;
  requested_at: Date;
  requested_by_name: string | null;
  period_from: string;
  period_to: string;
}

/** What building an archive package reads and writes, in the caller's transaction under the tenant's RLS. */
export const archivePackageRepository = {
  async package(em: EntityManager, packageId: string): Promise<ArchivePackageRow | undefined> {
    const [row] = await runQuery(em, archivePackageQueries.package(packageId));
    return row;
  },

  async start(em: EntityManager, packageId: string): Promise<boolean> {
    return (await runWrite(em, archivePackageQueries.start(packageId))) === 1;
  },

  /** Stores the ZIP and marks the package ready, audited (sizes only); false when it was not running any more. */
  async store(em: EntityManager, tenantId: string, packageId: string, content: Buffer, sha256: string): Promise<boolean> {
    if ((await runWrite(em, archivePackageQueries.store(packageId, content, content.length, sha256))) !== 1) return false;
    await runWrite(em, archivePackageQueries.built(tenantId, packageId, JSON.stringify({ bytes: content.length, sha256 })));
    return true;
  },

  async fail(em: EntityManager, packageId: string, errorCode: string): Promise<void> {
    await runWrite(em, archivePackageQueries.fail(packageId, errorCode));
  },

  table(em: EntityManager, table: ArchiveTableName, scope: ArchiveScope): Promise<ArchiveRow[]> {
    return runQuery(em, archiveTableQueries[table](scope));
  },

  pdfContents(em: EntityManager, scope: ArchiveScope): Promise<{ file: string; content: Buffer }[]> {
    return runQuery(em, archivePackageQueries.pdfContents(scope));
  },

  async tenant(em: EntityManager): Promise<{ name: string; kommunekode: string }> {
    const [row] = await runQuery(em, archivePackageQueries.tenant());
    return row ?? { name: '', kommunekode: '' };
  },
};
