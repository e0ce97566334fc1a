import DataLoader from 'dataloader';
import { CarryOver } from '@raadgiver/domain';
import { RequestContext } from '../graphql/request-context';
import { ATTACHMENT_COLUMNS, CONTACT_SCOPE, FOLLOW_UP_COLUMNS } from './follow-up.repository';
import { FollowUpAttachmentType, FollowUpNoteType, RecommendationFollowUpType, RecommendationReportType, RecommendationStatusChangeType } from './follow-up.types';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Request-scoped loaders for the follow-up fields of recommendations and reports: one query per relation and request. */
export function followUpLoaders(ctx: RequestContext, carryOverOf: (reportId: string) => Promise<CarryOver>) {
  return ctx.loader('followUp', () => ({
    statusHistory: new DataLoader<string, RecommendationStatusChangeType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<(RecommendationStatusChangeType & { recommendationId: string })[]>(
          `SELECT recommendation_id AS "recommendationId", status, set_at AS "setAt", set_by AS "setById"
             FROM recommendation_status_change WHERE recommendation_id = ANY($1::uuid[]) ORDER BY set_at, id`,
          [ids],
        );
        const groups = groupBy(rows, (r) => r.recommendationId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
    followUps: new DataLoader<string, RecommendationFollowUpType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<RecommendationFollowUpType[]>(
          `SELECT ${FOLLOW_UP_COLUMNS} FROM recommendation_follow_up f WHERE f.recommendation_id = ANY($1::uuid[]) ORDER BY f.created_at, f.id`,
          [ids],
        );
        const groups = groupBy(rows, (r) => r.recommendationId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
    // Reached only through a follow-up the caller may read; the content stays behind the download endpoint.
    attachments: new DataLoader<string, FollowUpAttachmentType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<FollowUpAttachmentType[]>(
          `SELECT ${ATTACHMENT_COLUMNS} FROM recommendation_follow_up_attachment a WHERE a.follow_up_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
          [ids],
        );
        const groups = groupBy(rows, (r) => r.followUpId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
    report: new DataLoader<string, RecommendationReportType | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<{ id: string; title: string; from: string; to: string; publishedAt: Date | null }[]>(
          `SELECT id, title, period_from::text AS "from", period_to::text AS "to", published_at AS "publishedAt" FROM report WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        const byId = new Map(rows.map((r) => [r.id, { id: r.id, title: r.title, period: { from: r.from, to: r.to }, publishedAt: r.publishedAt }]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    ),
    note: new DataLoader<string, FollowUpNoteType | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<(FollowUpNoteType & { reportId: string })[]>(
          `SELECT n.report_id AS "reportId", n.version, n.status, n.progress, n.error
             FROM follow_up_note n JOIN report r ON r.tenant_id = n.tenant_id AND r.id = n.report_id AND r.follow_up_version = n.version
            WHERE n.report_id = ANY($1::uuid[])`,
          [ids],
        );
        const byId = new Map(rows.map(({ reportId, ...note }) => [reportId, note]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    ),
    // The addressed units the caller answers for: a contact's scope; nobody else has units in membership_org_unit.
    answerableUnits: new DataLoader<string, string[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<{ recommendationId: string; orgUnitId: string }[]>(
          `SELECT l.recommendation_id AS "recommendationId", l.org_unit_id AS "orgUnitId" FROM recommendation_org_unit l
            WHERE l.recommendation_id = ANY($2::uuid[]) AND l.org_unit_id IN (${CONTACT_SCOPE}) ORDER BY l.org_unit_id`,
          [ctx.requireTenant().userId, ids],
        );
        const groups = groupBy(rows, (r) => r.recommendationId);
        return ids.map((id) => (groups.get(id) ?? []).map((r) => r.orgUnitId));
      }),
    ),
    // Carry-over is computed per report; a list of reports asks for it one report at a time, in the one transaction.
    carryOver: new DataLoader<string, CarryOver>(async (ids) => {
      const results: CarryOver[] = [];
      for (const id of ids) results.push(await carryOverOf(id));
      return results;
    }),
  }));
}
