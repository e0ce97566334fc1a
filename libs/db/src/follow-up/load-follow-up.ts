import type { EntityManager } from 'typeorm';
import {
  CarriedRecommendation,
  CarryOver,
  complianceShares,
  departmentTreeOrder,
  FollowUpNoteModel,
  followUpNoteRows,
  RecommendationStatus,
  TreeUnit,
  WrittenFollowUp,
} from '@raadgiver/domain';

/** A report the loaders were asked about is not visible in the caller's tenant (or does not exist). */
export class FollowUpReportNotFoundError extends Error {
  constructor(readonly reportId: string) {
    super(`Report ${reportId} not found`);
    this.name = 'FollowUpReportNotFoundError';
  }
}

interface ReportRow {
  id: string;
  title: string;
  from: string;
  to: string;
  intro: string;
  tenantName: string;
}

async function loadReport(em: EntityManager, reportId: string): Promise<ReportRow> {
  const [row] = await em.query<ReportRow[]>(
    `SELECT r.id, r.title, r.period_from::text AS "from", r.period_to::text AS "to", r.follow_up_intro AS intro,
            (SELECT t.name FROM tenant t WHERE t.id = r.tenant_id) AS "tenantName"
       FROM report r WHERE r.id = $1`,
    [reportId],
  );
  if (!row) throw new FollowUpReportNotFoundError(reportId);
  return row;
}

/** Every unit of the tenant (closed ones too: a report may address a unit closed since). */
async function loadTree(em: EntityManager): Promise<TreeUnit[]> {
  return em.query<TreeUnit[]>(`SELECT id, parent_id AS "parentId", name, sort_order AS "sortOrder" FROM org_unit`);
}

/**
 * The follow-up note (opfølgningsnotat) of a report: its introduction and one row per unit the report's
 * recommendations are addressed to, in department-tree order, with the answers written for that unit. Runs in the
 * caller's tenant transaction, so RLS keeps it to the tenant; a report not visible there throws FollowUpReportNotFoundError.
 */
export async function loadFollowUpNoteModel(em: EntityManager, reportId: string): Promise<FollowUpNoteModel> {
  const report = await loadReport(em, reportId);
  const addressed = await em.query<{ id: string }[]>(
    `SELECT DISTINCT l.org_unit_id AS id
       FROM recommendation_org_unit l JOIN recommendation r ON r.tenant_id = l.tenant_id AND r.id = l.recommendation_id
      WHERE r.report_id = $1`,
    [reportId],
  );
  const followUps = await em.query<WrittenFollowUp[]>(
    `SELECT f.org_unit_id AS "orgUnitId", r.title AS "recommendationTitle", r.sort_order AS "recommendationSortOrder", f.text,
            f.proposed_status AS "proposedStatus", to_char(f.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "writtenAt"
       FROM recommendation_follow_up f JOIN recommendation r ON r.tenant_id = f.tenant_id AND r.id = f.recommendation_id
      WHERE r.report_id = $1`,
    [reportId],
  );
  return {
    tenantName: report.tenantName,
    reportTitle: report.title,
    period: { from: report.from, to: report.to },
    intro: report.intro,
    rows: followUpNoteRows(await loadTree(em), addressed.map((a) => a.id), followUps),
  };
}

/**
 * What the report carries over from the previous one: the tenant's report with the latest period_to before this
 * report's period_from, its recommendations with status, addressed units (in tree order) and the departments'
 * follow-ups, and the compliance share per addressed unit and for the tenant. Runs in the caller's tenant transaction.
 */
export async function loadCarryOver(em: EntityManager, reportId: string): Promise<CarryOver> {
  const [current] = await em.query<{ from: string }[]>(`SELECT period_from::text AS "from" FROM report WHERE id = $1`, [reportId]);
  if (!current) throw new FollowUpReportNotFoundError(reportId);
  const [previous] = await em.query<{ id: string; title: string; from: string; to: string }[]>(
    `SELECT id, title, period_from::text AS "from", period_to::text AS "to" FROM report
      WHERE period_to < $1::date AND id <> $2 ORDER BY period_to DESC, period_from DESC, created_at DESC LIMIT 1`,
    [current.from, reportId],
  );
  if (!previous) return { previousReport: null, recommendations: [], ...toShares(complianceShares([], [])) };

  const recommendations = await em.query<{ id: string; title: string; text: string; status: RecommendationStatus }[]>(
    `SELECT id, title, text, status FROM recommendation WHERE report_id = $1 ORDER BY sort_order, title, id`,
    [previous.id],
  );
  const ids = recommendations.map((r) => r.id);
  const links = await em.query<{ recommendationId: string; orgUnitId: string }[]>(
    `SELECT recommendation_id AS "recommendationId", org_unit_id AS "orgUnitId" FROM recommendation_org_unit WHERE recommendation_id = ANY($1::uuid[])`,
    [ids],
  );
  const followUps = await em.query<{ recommendationId: string; orgUnitId: string; text: string }[]>(
    `SELECT recommendation_id AS "recommendationId", org_unit_id AS "orgUnitId", text FROM recommendation_follow_up WHERE recommendation_id = ANY($1::uuid[])`,
    [ids],
  );
  const tree = departmentTreeOrder(await loadTree(em));
  const place = new Map(tree.map((unit, index) => [unit.id, index]));
  const unitById = new Map(tree.map((unit) => [unit.id, unit]));
  const inTreeOrder = <T extends { orgUnitId: string }>(rows: T[]) => rows.filter((r) => unitById.has(r.orgUnitId)).sort((a, b) => place.get(a.orgUnitId)! - place.get(b.orgUnitId)!);

  const carried = recommendations.map((r): CarriedRecommendation => ({
    id: r.id,
    title: r.title,
    text: r.text,
    status: r.status,
    orgUnits: inTreeOrder(links.filter((l) => l.recommendationId === r.id)).map((l) => ({ id: l.orgUnitId, name: unitById.get(l.orgUnitId)!.name })),
    followUps: inTreeOrder(followUps.filter((f) => f.recommendationId === r.id)).map((f) => ({ orgUnitId: f.orgUnitId, orgUnitName: unitById.get(f.orgUnitId)!.name, text: f.text })),
  }));
  const shares = complianceShares(carried.map((r) => ({ status: r.status, orgUnitIds: r.orgUnits.map((u) => u.id) })), tree);
  return { previousReport: { id: previous.id, title: previous.title, period: { from: previous.from, to: previous.to } }, recommendations: carried, ...toShares(shares) };
}

function toShares(shares: ReturnType<typeof complianceShares<TreeUnit>>): Pick<CarryOver, 'tenant' | 'departments'> {
  return {
    tenant: shares.tenant,
    departments: shares.departments.map(({ unit, ...share }) => ({ ...share, orgUnitId: unit.id, orgUnitName: unit.name })),
  };
}
