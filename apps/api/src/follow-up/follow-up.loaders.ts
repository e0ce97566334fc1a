import DataLoader from 'dataloader';
import { CarryOver } from '@raadgiver/domain';
import { RequestContext } from '../graphql/request-context';
import { followUpRepository } from './follow-up.repository';
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
        const rows: (RecommendationStatusChangeType & { recommendationId: string })[] = await followUpRepository.statusHistory(em, ids);
        const groups = groupBy(rows, (r) => r.recommendationId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
    followUps: new DataLoader<string, RecommendationFollowUpType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await followUpRepository.followUps(em, ids);
        const groups = groupBy(rows, (r) => r.recommendationId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
    // Reached only through a follow-up the caller may read; the content stays behind the download endpoint.
    attachments: new DataLoader<string, FollowUpAttachmentType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await followUpRepository.attachments(em, ids);
        const groups = groupBy(rows, (r) => r.followUpId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
    report: new DataLoader<string, RecommendationReportType | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await followUpRepository.reports(em, ids);
        const byId = new Map(rows.map((r) => [r.id, { id: r.id, title: r.title, period: { from: r.from, to: r.to }, publishedAt: r.publishedAt }]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    ),
    note: new DataLoader<string, FollowUpNoteType | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await followUpRepository.notes(em, ids);
        const byId = new Map(rows.map(({ reportId, ...note }) => [reportId, note]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    ),
    // The addressed units the caller answers for: a contact's scope; nobody else has units in membership_org_unit.
    answerableUnits: new DataLoader<string, string[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await followUpRepository.answerableUnits(em, ctx.requireTenant().userId, ids);
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
