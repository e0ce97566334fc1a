import { EntityManager } from 'typeorm';
import { DemoReport, DemoTenant } from './demo-tenant';

export interface ReportsInserted {
  report: number;
  recommendation: number;
  recommendation_org_unit: number;
  recommendation_status_change: number;
  recommendation_follow_up: number;
}

/** Who the seeded rows are written by: the tenant's demo advisor, and its tenant admin for the departments' answers. */
export interface ReportAuthors {
  advisorId: string;
  followUpWriterId: string;
}

/**
 * Puts the tenant's published demo reports in place with their recommendations, statuses and follow-ups. A report
 * is found by its period (the natural key); its content is added only together with the report, so a second run
 * changes nothing and the advisor's later edits to a seeded report are kept. All times are fixed. Their documents are not
 * made here: the worker makes those of every published report that has none when it starts.
 */
export async function ensureDemoReports(
  em: EntityManager,
  tenantId: string,
  tenant: DemoTenant,
  unitIds: Map<string, string>,
  authors: ReportAuthors,
  inserted: ReportsInserted,
): Promise<void> {
  for (const report of tenant.reports ?? []) {
    const [added] = await em.query<{ id: string }[]>(
      `INSERT INTO report (tenant_id, title, period_from, period_to, comparison_from, comparison_to, status, created_by, created_at, updated_at, published_at,
                           follow_up_intro)
       VALUES ($1, $2, $3, $4, $5, $6, 'published', $7, $8, $8, $8, $9)
       ON CONFLICT (tenant_id, period_from, period_to) DO NOTHING RETURNING id`,
      [
        tenantId, report.title, report.from, report.to, report.comparison?.from ?? null, report.comparison?.to ?? null, authors.advisorId, report.publishedAt,
        report.followUpIntro,
      ],
    );
    if (!added) continue;
    inserted.report += 1;
    await addRecommendations(em, tenantId, tenant, report, added.id, unitIds, authors, inserted);
  }
}

async function addRecommendations(
  em: EntityManager,
  tenantId: string,
  tenant: DemoTenant,
  report: DemoReport,
  reportId: string,
  unitIds: Map<string, string>,
  authors: ReportAuthors,
  inserted: ReportsInserted,
): Promise<void> {
  const unit = (name: string) => {
    const id = unitIds.get(name);
    if (!id) throw new Error(`Demo data: ${tenant.slug} has no org unit named "${name}"`);
    return id;
  };
  for (const [index, recommendation] of report.recommendations.entries()) {
    const latest = recommendation.statuses?.at(-1);
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO recommendation (tenant_id, report_id, title, text, sort_order, due_on, status, status_set_by, status_set_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        tenantId, reportId, recommendation.title, recommendation.text, (index + 1) * 10, recommendation.dueOn ?? null,
        latest?.status ?? 'open', latest ? authors.advisorId : null, latest?.setAt ?? null,
      ],
    );
    inserted.recommendation += 1;
    for (const name of recommendation.orgUnits) {
      await em.query(`INSERT INTO recommendation_org_unit (tenant_id, recommendation_id, org_unit_id) VALUES ($1, $2, $3)`, [tenantId, id, unit(name)]);
      inserted.recommendation_org_unit += 1;
    }
    for (const change of recommendation.statuses ?? []) {
      await em.query(
        `INSERT INTO recommendation_status_change (tenant_id, recommendation_id, status, set_by, set_at) VALUES ($1, $2, $3, $4, $5)`,
        [tenantId, id, change.status, authors.advisorId, change.setAt],
      );
      inserted.recommendation_status_change += 1;
    }
    for (const followUp of recommendation.followUps ?? []) {
      if (!recommendation.orgUnits.includes(followUp.orgUnit)) throw new Error(`Demo data: "${recommendation.title}" is not addressed to ${followUp.orgUnit}`);
      await em.query(
        `INSERT INTO recommendation_follow_up (tenant_id, recommendation_id, org_unit_id, text, proposed_status, written_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [tenantId, id, unit(followUp.orgUnit), followUp.text, followUp.proposedStatus ?? null, authors.followUpWriterId, followUp.writtenAt],
      );
      inserted.recommendation_follow_up += 1;
    }
  }
}
