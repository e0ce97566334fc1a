import { anyOf, defineQuery, orgUnitScope, qb, rawQuery, runQuery, runWrite } from '@raadgiver/db';
import type { RecommendationStatus } from '@raadgiver/domain';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import type { ReportVersionStatus } from '@raadgiver/db';
import type { FollowUpAttachmentType, RecommendationFollowUpType } from './follow-up.types';

const ID = '00000000-0000-4000-8000-000000000001';

/** A recommendation's place in the department contact's list: its report's period and id, its place in the report. */
export interface RecommendationCursor {
  periodFrom: string;
  periodTo: string;
  reportId: string;
  sortOrder: number;
  title: string;
  id: string;
}

/**
 * The units a department contact answers for: theirs, everything below them and everything merged or split into
 * them, at any depth (UNION stops at cycles). Shared with the learning wall.
 */
export const contactScope = (userId: string) => orgUnitScope(sql`SELECT org_unit_id FROM membership_org_unit WHERE user_id = ${userId}`);

/** A recommendation (alias r) of a published report addressed to at least one unit in the contact's scope. */
const recommendationInScope = (userId: string) => sql`EXISTS (SELECT 1 FROM report p WHERE p.tenant_id = r.tenant_id AND p.id = r.report_id AND p.status = 'published')
  AND EXISTS (SELECT 1 FROM recommendation_org_unit l WHERE l.tenant_id = r.tenant_id AND l.recommendation_id = r.id AND l.org_unit_id IN (${contactScope(userId)}))`;

/** Whom a recommendation (alias r) is visible to: an advisor any, a council viewer a published report's, a contact those in scope. */
const recommendationVisible = (userId: string, advisor: boolean, councilViewer: boolean) => sql`(${advisor}::boolean
            OR (${councilViewer}::boolean AND EXISTS (SELECT 1 FROM report p WHERE p.tenant_id = r.tenant_id AND p.id = r.report_id AND p.status = 'published'))
            OR (${recommendationInScope(userId)}))`;

const FOLLOW_UP_COLUMNS = [
  'id', 'recommendation_id as recommendationId', 'org_unit_id as orgUnitId', 'text', 'proposed_status as proposedStatus', 'written_by as writtenById',
  'created_at as createdAt', 'updated_at as updatedAt',
] as const;

const ATTACHMENT_COLUMNS = ['id', 'follow_up_id as followUpId', 'file_name as fileName', 'content_type as contentType', 'byte_size as byteSize', 'created_at as createdAt'] as const;


/** The follow-up of recommendations: status, due date and the departments' answers (SQL in follow-up.repository.sql). */
export const followUpQueries = {
  recommendationForUpdate: defineQuery([ID], (id: string) =>
    qb
      .selectFrom('recommendation')
      .select(['id', 'report_id as reportId', 'status', sql<string | null>`due_on::text`.as('dueOn')])
      .where('id', '=', id)
      .forUpdate(),
  ),
  addStatusChange: defineQuery([ID, ID, 'implemented', ID], (tenantId: string, recommendationId: string, status: string, userId: string) =>
    qb.insertInto('recommendation_status_change').values({ tenant_id: tenantId, recommendation_id: recommendationId, status, set_by: userId }),
  ),
  setStatus: defineQuery([ID, 'implemented', ID], (id: string, status: string, userId: string) =>
    qb.updateTable('recommendation').set({ status, status_set_by: userId, status_set_at: sql`now()` }).where('id', '=', id),
  ),
  setDueOn: defineQuery([ID, '2025-06-30'], (id: string, dueOn: string | null) => qb.updateTable('recommendation').set({ due_on: dueOn }).where('id', '=', id)),
  visibleRecommendation: defineQuery([ID, ID, false, false], (userId: string, id: string, advisor: boolean, councilViewer: boolean) =>
    rawQuery(sql<{ reportId: string }>`SELECT r.report_id AS "reportId" FROM recommendation r
          WHERE r.id = ${id} AND ${recommendationVisible(userId, advisor, councilViewer)}`),
  ),
  /**
   * A page of the contact's recommendations: the newest report's first, each report's in its own order; from after
   * `cursor` (the last row's place in that order).
   */
  contactRecommendations: defineQuery(
    [ID, { periodFrom: '2024-01-01', periodTo: '2024-12-31', reportId: ID, sortOrder: 0, title: 'Anbefaling', id: ID } as RecommendationCursor | null, 26],
    (userId: string, cursor: RecommendationCursor | null, limit: number) =>
      rawQuery(sql<RecommendationCursor>`SELECT r.id, r.report_id AS "reportId", p.period_from::text AS "periodFrom", p.period_to::text AS "periodTo",
            r.sort_order AS "sortOrder", r.title
          FROM recommendation r JOIN report p ON p.tenant_id = r.tenant_id AND p.id = r.report_id
          WHERE ${recommendationInScope(userId)}
          ${
            cursor
              ? sql`AND ((p.period_from, p.period_to, p.id) < (${cursor.periodFrom}::date, ${cursor.periodTo}::date, ${cursor.reportId}::uuid)
                OR ((p.period_from, p.period_to, p.id) = (${cursor.periodFrom}::date, ${cursor.periodTo}::date, ${cursor.reportId}::uuid)
                  AND (r.sort_order, r.title, r.id) > (${cursor.sortOrder}::int, ${cursor.title}::text, ${cursor.id}::uuid)))`
              : sql``
          }
          ORDER BY p.period_from DESC, p.period_to DESC, p.id DESC, r.sort_order, r.title, r.id LIMIT ${limit}`),
  ),
  recommendationInScope: defineQuery([ID, ID], (userId: string, id: string) =>
    rawQuery(sql<{ id: string }>`SELECT r.id FROM recommendation r WHERE r.id = ${id} AND ${recommendationInScope(userId)}`),
  ),
  addressedInScope: defineQuery([ID, ID, ID], (userId: string, recommendationId: string, orgUnitId: string) =>
    rawQuery(sql<{ addressed: number }>`SELECT 1 AS addressed FROM recommendation_org_unit l
      WHERE l.recommendation_id = ${recommendationId} AND l.org_unit_id = ${orgUnitId} AND l.org_unit_id IN (${contactScope(userId)})`),
  ),
  writeFollowUp: defineQuery([ID, ID, ID, 'Svar', null, ID], (tenantId: string, recommendationId: string, orgUnitId: string, text: string, proposedStatus: string | null, userId: string) =>
    qb
      .insertInto('recommendation_follow_up')
      .values({ tenant_id: tenantId, recommendation_id: recommendationId, org_unit_id: orgUnitId, text, proposed_status: proposedStatus, written_by: userId })
      .onConflict((conflict) =>
        conflict.columns(['tenant_id', 'recommendation_id', 'org_unit_id']).doUpdateSet((eb) => ({
          text: eb.ref('excluded.text'), proposed_status: eb.ref('excluded.proposed_status'), written_by: eb.ref('excluded.written_by'), updated_at: sql`now()`,
        })),
      )
      .returning(['id', sql<boolean>`(xmax = 0)`.as('created')]),
  ),
  followUp: defineQuery([ID], (id: string) => qb.selectFrom('recommendation_follow_up').select(FOLLOW_UP_COLUMNS).where('id', '=', id)),
  setIntro: defineQuery([ID, ID, 'Indledning'], (tenantId: string, reportId: string, intro: string) =>
    qb.updateTable('report').set({ follow_up_intro: intro }).where('tenant_id', '=', tenantId).where('id', '=', reportId),
  ),
  reportStatus: defineQuery([ID], (reportId: string) => qb.selectFrom('report').select('status').where('id', '=', reportId)),
  noteStatus: defineQuery([ID, 1], (reportId: string, version: number) =>
    qb.selectFrom('follow_up_note').select('status').where('report_id', '=', reportId).where('version', '=', version),
  ),
  addNote: defineQuery([ID, ID, 1], (tenantId: string, reportId: string, version: number) =>
    qb.insertInto('follow_up_note').values({ tenant_id: tenantId, report_id: reportId, version, status: 'generating', progress: 0 }),
  ),
  setNoteVersion: defineQuery([ID, ID, 1], (tenantId: string, reportId: string, version: number) =>
    qb.updateTable('report').set({ follow_up_version: version }).where('tenant_id', '=', tenantId).where('id', '=', reportId),
  ),
  // The loaders' queries: one per relation and request.
  statusHistory: defineQuery([[ID]], (recommendationIds: readonly string[]) =>
    qb
      .selectFrom('recommendation_status_change')
      .select(['recommendation_id as recommendationId', 'status', 'set_at as setAt', 'set_by as setById'])
      .$narrowType<{ status: RecommendationStatus }>()
      .where('recommendation_id', '=', anyOf(recommendationIds, 'uuid'))
      .orderBy('set_at')
      .orderBy('id'),
  ),
  followUps: defineQuery([[ID]], (recommendationIds: readonly string[]) =>
    qb
      .selectFrom('recommendation_follow_up')
      .select(FOLLOW_UP_COLUMNS)
      .where('recommendation_id', '=', anyOf(recommendationIds, 'uuid'))
      .orderBy('created_at')
      .orderBy('id'),
  ),
  attachments: defineQuery([[ID]], (followUpIds: readonly string[]) =>
    qb
      .selectFrom('recommendation_follow_up_attachment')
      .select(ATTACHMENT_COLUMNS)
      .where('follow_up_id', '=', anyOf(followUpIds, 'uuid'))
      .orderBy('created_at')
      .orderBy('id'),
  ),
  reports: defineQuery([[ID]], (reportIds: readonly string[]) =>
    qb
      .selectFrom('report')
      .select(['id', 'title', sql<string>`period_from::text`.as('from'), sql<string>`period_to::text`.as('to'), 'published_at as publishedAt'])
      .where('id', '=', anyOf(reportIds, 'uuid')),
  ),
  /** The reports' current follow-up notes. */
  notes: defineQuery([[ID]], (reportIds: readonly string[]) =>
    qb
      .selectFrom('follow_up_note as n')
      .innerJoin('report as r', (join) => join.onRef('r.tenant_id', '=', 'n.tenant_id').onRef('r.id', '=', 'n.report_id').onRef('r.follow_up_version', '=', 'n.version'))
      .select(['n.report_id as reportId', 'n.version', 'n.status', 'n.progress', 'n.error'])
      .$narrowType<{ status: ReportVersionStatus }>()
      .where('n.report_id', '=', anyOf(reportIds, 'uuid')),
  ),
  /** The addressed units of the recommendations the contact answers for. */
  answerableUnits: defineQuery([ID, [ID]], (userId: string, recommendationIds: readonly string[]) =>
    rawQuery(sql<{ recommendationId: string; orgUnitId: string }>`SELECT l.recommendation_id AS "recommendationId", l.org_unit_id AS "orgUnitId" FROM recommendation_org_unit l
            WHERE l.recommendation_id = ${anyOf(recommendationIds, 'uuid')} AND l.org_unit_id IN (${contactScope(userId)}) ORDER BY l.org_unit_id`),
  ),
};

/** The attachments of the departments' answers (SQL in follow-up.repository.sql). */
export const attachmentQueries = {
  /**
   * A follow-up the caller may change attachments of: their own unit's answer to a recommendation in their scope,
   * locked so that two uploads at once cannot pass the per-answer limit together.
   */
  ownFollowUp: defineQuery([ID, ID], (userId: string, followUpId: string) =>
    rawQuery(sql<{ id: string }>`SELECT f.id FROM recommendation_follow_up f JOIN recommendation r ON r.tenant_id = f.tenant_id AND r.id = f.recommendation_id
  WHERE f.id = ${followUpId} AND f.org_unit_id IN (${contactScope(userId)}) AND ${recommendationInScope(userId)} FOR UPDATE OF f`),
  ),
  count: defineQuery([ID], (followUpId: string) =>
    qb.selectFrom('recommendation_follow_up_attachment').select(sql<number>`count(*)::int`.as('n')).where('follow_up_id', '=', followUpId),
  ),
  add: defineQuery(
    [ID, ID, 'svar.pdf', 'application/pdf', Buffer.from('%PDF'), 'sha256', ID],
    (tenantId: string, followUpId: string, fileName: string, contentType: string, content: Buffer, sha256: string, userId: string) =>
      qb
        .insertInto('recommendation_follow_up_attachment')
        .values({
          tenant_id: tenantId, follow_up_id: followUpId, file_name: fileName, content_type: contentType, byte_size: content.length, sha256, content, uploaded_by: userId,
        })
        .returning(ATTACHMENT_COLUMNS),
  ),
  /** An attachment with its content, when the caller may read the answer it belongs to. */
  download: defineQuery([ID, ID, ID, false, false], (userId: string, id: string, followUpId: string, advisor: boolean, councilViewer: boolean) =>
    rawQuery(sql<{ fileName: string; contentType: string; content: Buffer; byteSize: number }>`SELECT a.file_name AS "fileName", a.content_type AS "contentType", a.content, a.byte_size AS "byteSize"
           FROM recommendation_follow_up_attachment a
           JOIN recommendation_follow_up f ON f.tenant_id = a.tenant_id AND f.id = a.follow_up_id
           JOIN recommendation r ON r.tenant_id = f.tenant_id AND r.id = f.recommendation_id
          WHERE a.id = ${id} AND a.follow_up_id = ${followUpId} AND ${recommendationVisible(userId, advisor, councilViewer)}`),
  ),
  remove: defineQuery([ID, ID], (id: string, followUpId: string) =>
    qb.deleteFrom('recommendation_follow_up_attachment').where('id', '=', id).where('follow_up_id', '=', followUpId).returning('byte_size as byteSize'),
  ),
};

/** The departments' decided cases per year (SQL in follow-up.repository.sql). */
export const caseVolumeQueries = {
  unitExists: defineQuery([ID], (orgUnitId: string) => qb.selectFrom('org_unit').select(sql<number>`1`.as('found')).where('id', '=', orgUnitId)),
  /** Sets the year's count, with the count it replaced. */
  set: defineQuery([ID, ID, 2024, 1200, ID], (tenantId: string, orgUnitId: string, year: number, decidedCases: number, userId: string) =>
    rawQuery(sql<{ orgUnitId: string; year: number; decidedCases: number; updatedAt: Date; previous: number | null }>`WITH previous AS (SELECT decided_cases FROM decided_case_volume WHERE org_unit_id = ${orgUnitId} AND year = ${year})
         INSERT INTO decided_case_volume (tenant_id, org_unit_id, year, decided_cases, updated_by) VALUES (${tenantId}, ${orgUnitId}, ${year}, ${decidedCases}, ${userId})
         ON CONFLICT (tenant_id, org_unit_id, year) DO UPDATE SET decided_cases = EXCLUDED.decided_cases, updated_by = EXCLUDED.updated_by, updated_at = now()
         RETURNING org_unit_id AS "orgUnitId", year, decided_cases AS "decidedCases", updated_at AS "updatedAt", (SELECT decided_cases FROM previous) AS previous`),
  ),
  /** The year's counts, units by sort order and name. */
  list: defineQuery([2024], (year: number) =>
    qb
      .selectFrom('decided_case_volume as v')
      .innerJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'v.tenant_id').onRef('o.id', '=', 'v.org_unit_id'))
      .select(['v.org_unit_id as orgUnitId', 'v.year', 'v.decided_cases as decidedCases', 'v.updated_at as updatedAt'])
      .where('v.year', '=', year)
      .orderBy('o.sort_order')
      .orderBy('o.name'),
  ),
};

/** The follow-up's reads and writes, each in the caller's transaction under the tenant's RLS. */
export const followUpRepository = {
  async recommendationForUpdate(em: EntityManager, id: string) {
    const [row] = await runQuery(em, followUpQueries.recommendationForUpdate(id));
    return row;
  },
  /** A new status, recorded in the history with who set it. */
  async setStatus(em: EntityManager, tenantId: string, recommendationId: string, status: string, userId: string): Promise<void> {
    await runWrite(em, followUpQueries.addStatusChange(tenantId, recommendationId, status, userId));
    await runWrite(em, followUpQueries.setStatus(recommendationId, status, userId));
  },
  async setDueOn(em: EntityManager, recommendationId: string, dueOn: string | null): Promise<void> {
    await runWrite(em, followUpQueries.setDueOn(recommendationId, dueOn));
  },
  /** The report of a recommendation the caller may see. */
  async visibleRecommendationReport(em: EntityManager, userId: string, id: string, advisor: boolean, councilViewer: boolean): Promise<string | undefined> {
    const [row] = await runQuery(em, followUpQueries.visibleRecommendation(userId, id, advisor, councilViewer));
    return row?.reportId;
  },
  contactRecommendations: (em: EntityManager, userId: string, cursor: RecommendationCursor | null, limit: number) =>
    runQuery(em, followUpQueries.contactRecommendations(userId, cursor, limit)),
  /** The recommendation, when it is one the contact answers for. */
  async recommendationInScope(em: EntityManager, userId: string, recommendationId: string): Promise<{ id: string } | undefined> {
    const [row] = await runQuery(em, followUpQueries.recommendationInScope(userId, recommendationId));
    return row;
  },
  async addressedInScope(em: EntityManager, userId: string, recommendationId: string, orgUnitId: string): Promise<boolean> {
    return (await runQuery(em, followUpQueries.addressedInScope(userId, recommendationId, orgUnitId))).length > 0;
  },
  /** Writes the unit's answer (replacing an earlier one); its id and whether it is new. */
  async writeFollowUp(em: EntityManager, tenantId: string, recommendationId: string, orgUnitId: string, text: string, proposedStatus: string | null, userId: string) {
    const [row] = await runQuery(em, followUpQueries.writeFollowUp(tenantId, recommendationId, orgUnitId, text, proposedStatus, userId));
    return row;
  },
  async followUp(em: EntityManager, id: string): Promise<RecommendationFollowUpType> {
    const [row] = await runQuery(em, followUpQueries.followUp(id));
    return row as RecommendationFollowUpType;
  },
  async setIntro(em: EntityManager, tenantId: string, reportId: string, intro: string): Promise<void> {
    await runWrite(em, followUpQueries.setIntro(tenantId, reportId, intro));
  },
  async reportStatus(em: EntityManager, reportId: string): Promise<string | undefined> {
    const [row] = await runQuery(em, followUpQueries.reportStatus(reportId));
    return row?.status;
  },
  async noteStatus(em: EntityManager, reportId: string, version: number): Promise<string | undefined> {
    const [row] = await runQuery(em, followUpQueries.noteStatus(reportId, version));
    return row?.status;
  },
  /** Adds the note version, generating, and makes it the report's current one. */
  async startNote(em: EntityManager, tenantId: string, reportId: string, version: number): Promise<void> {
    await runWrite(em, followUpQueries.addNote(tenantId, reportId, version));
    await runWrite(em, followUpQueries.setNoteVersion(tenantId, reportId, version));
  },
  statusHistory: (em: EntityManager, recommendationIds: readonly string[]) => runQuery(em, followUpQueries.statusHistory(recommendationIds)),
  followUps: (em: EntityManager, recommendationIds: readonly string[]) =>
    runQuery(em, followUpQueries.followUps(recommendationIds)) as Promise<RecommendationFollowUpType[]>,
  attachments: (em: EntityManager, followUpIds: readonly string[]): Promise<FollowUpAttachmentType[]> => runQuery(em, followUpQueries.attachments(followUpIds)),
  reports: (em: EntityManager, reportIds: readonly string[]) => runQuery(em, followUpQueries.reports(reportIds)),
  notes: (em: EntityManager, reportIds: readonly string[]) => runQuery(em, followUpQueries.notes(reportIds)),
  answerableUnits: (em: EntityManager, userId: string, recommendationIds: readonly string[]) => runQuery(em, followUpQueries.answerableUnits(userId, recommendationIds)),
};

/** The attachments' reads and writes, in the caller's transaction under the tenant's RLS. */
export const attachmentRepository = {
  async ownFollowUp(em: EntityManager, userId: string, followUpId: string): Promise<string | undefined> {
    const [row] = await runQuery(em, attachmentQueries.ownFollowUp(userId, followUpId));
    return row?.id;
  },
  async count(em: EntityManager, followUpId: string): Promise<number> {
    const [{ n }] = await runQuery(em, attachmentQueries.count(followUpId));
    return n;
  },
  async add(em: EntityManager, tenantId: string, followUpId: string, file: { fileName: string; contentType: string; content: Buffer }, sha256: string, userId: string): Promise<FollowUpAttachmentType> {
    const [row] = await runQuery(em, attachmentQueries.add(tenantId, followUpId, file.fileName, file.contentType, file.content, sha256, userId));
    return row;
  },
  async download(em: EntityManager, userId: string, id: string, followUpId: string, advisor: boolean, councilViewer: boolean) {
    const [row] = await runQuery(em, attachmentQueries.download(userId, id, followUpId, advisor, councilViewer));
    return row;
  },
  /** The removed attachment's size; undefined when there was none. */
  async remove(em: EntityManager, id: string, followUpId: string): Promise<number | undefined> {
    const [row] = await runQuery(em, attachmentQueries.remove(id, followUpId));
    return row?.byteSize;
  },
};

/** The decided cases' reads and writes, in the caller's transaction under the tenant's RLS. */
export const caseVolumeRepository = {
  async unitExists(em: EntityManager, orgUnitId: string): Promise<boolean> {
    return (await runQuery(em, caseVolumeQueries.unitExists(orgUnitId))).length > 0;
  },
  async set(em: EntityManager, tenantId: string, orgUnitId: string, year: number, decidedCases: number, userId: string) {
    const [row] = await runQuery(em, caseVolumeQueries.set(tenantId, orgUnitId, year, decidedCases, userId));
    return row;
  },
  list: (em: EntityManager, year: number) => runQuery(em, caseVolumeQueries.list(year)),
};
