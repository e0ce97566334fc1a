import type { EntityManager } from 'typeorm';
import {
  CarriedRecommendation,
  CarryOver,
  complianceShares,
  departmentTreeOrder,
  FollowUpNoteModel,
  followUpNoteRows,
  TreeUnit,
} from '@raadgiver/domain';
import { followUpLoadRepository, FollowUpReportRow } from './follow-up-load.repository';

/** A report the loaders were asked about is not visible in the caller's tenant (or does not exist). */
export class FollowUpReportNotFoundError extends Error {
  constructor(readonly reportId: string) {
    super(`Report ${reportId} not found`);
    this.name = 'FollowUpReportNotFoundError';
  }
}

async function loadReport(em: EntityManager, reportId: string): Promise<FollowUpReportRow> {
  const row = await followUpLoadRepository.report(em, reportId);
  if (!row) throw new FollowUpReportNotFoundError(reportId);
  return row;
}

/**
 * The follow-up note (opfølgningsnotat) of a report: its introduction and one row per unit the report's
 * recommendations are addressed to, in department-tree order, with the answers written for that unit. Runs in the
 * caller's tenant transaction, so RLS keeps it to the tenant; a report not visible there throws FollowUpReportNotFoundError.
 */
export async function loadFollowUpNoteModel(em: EntityManager, reportId: string): Promise<FollowUpNoteModel> {
  const report = await loadReport(em, reportId);
  const addressed = await followUpLoadRepository.addressedUnitIds(em, reportId);
  const followUps = await followUpLoadRepository.writtenFollowUps(em, reportId);
  return {
    tenantName: report.tenantName,
    reportTitle: report.title,
    period: { from: report.from, to: report.to },
    intro: report.intro,
    rows: followUpNoteRows(await followUpLoadRepository.tree(em), addressed, followUps),
  };
}

/**
 * What the report carries over from the previous one: the tenant's report with the latest period_to before this
 * report's period_from, its recommendations with status, addressed units (in tree order) and the departments'
 * follow-ups, and the compliance share per addressed unit and for the tenant. Runs in the caller's tenant transaction.
 */
export async function loadCarryOver(em: EntityManager, reportId: string): Promise<CarryOver> {
  const from = await followUpLoadRepository.reportStart(em, reportId);
  if (from === undefined) throw new FollowUpReportNotFoundError(reportId);
  const previous = await followUpLoadRepository.previousReport(em, from, reportId);
  if (!previous) return { previousReport: null, recommendations: [], ...toShares(complianceShares([], [])) };

  const recommendations = await followUpLoadRepository.recommendations(em, previous.id);
  const ids = recommendations.map((r) => r.id);
  const links = await followUpLoadRepository.links(em, ids);
  const followUps = await followUpLoadRepository.followUps(em, ids);
  const tree = departmentTreeOrder(await followUpLoadRepository.tree(em));
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
