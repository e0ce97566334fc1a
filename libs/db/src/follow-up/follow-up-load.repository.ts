import type { RecommendationStatus, TreeUnit, WrittenFollowUp } from '@raadgiver/domain';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { anyOf, defineQuery, qb, runQuery } from '../query/query-builder';

const ID = '00000000-0000-4000-8000-000000000001';

export interface FollowUpReportRow {
  id: string;
  title: string;
  from: string;
  to: string;
  intro: string;
  tenantName: string;
}

/** What the follow-up note and the carry-over are made from (SQL in follow-up-load.repository.sql). */
export const followUpLoadQueries = {
  report: defineQuery([ID], (reportId: string) =>
    qb
      .selectFrom('report as r')
      .select(['r.id', 'r.title', sql<string>`r.period_from::text`.as('from'), sql<string>`r.period_to::text`.as('to'), 'r.follow_up_intro as intro'])
      .select((eb) => eb.selectFrom('tenant as t').select('t.name').whereRef('t.id', '=', 'r.tenant_id').$asScalar().$notNull().as('tenantName'))
      .where('r.id', '=', reportId),
  ),
  /** Every unit of the tenant (closed ones too: a report may address a unit closed since). */
  tree: defineQuery([], () => qb.selectFrom('org_unit').select(['id', 'parent_id as parentId', 'name', 'sort_order as sortOrder'])),
  addressedUnits: defineQuery([ID], (reportId: string) =>
    qb
      .selectFrom('recommendation_org_unit as l')
      .innerJoin('recommendation as r', (join) => join.onRef('r.tenant_id', '=', 'l.tenant_id').onRef('r.id', '=', 'l.recommendation_id'))
      .select('l.org_unit_id as id')
      .distinct()
      .where('r.report_id', '=', reportId),
  ),
  writtenFollowUps: defineQuery([ID], (reportId: string) =>
    qb
      .selectFrom('recommendation_follow_up as f')
      .innerJoin('recommendation as r', (join) => join.onRef('r.tenant_id', '=', 'f.tenant_id').onRef('r.id', '=', 'f.recommendation_id'))
      .select(['f.org_unit_id as orgUnitId', 'r.title as recommendationTitle', 'r.sort_order as recommendationSortOrder', 'f.text', 'f.proposed_status as proposedStatus'])
      .select(sql<string>`to_char(f.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('writtenAt'))
      .where('r.report_id', '=', reportId),
  ),
  reportStart: defineQuery([ID], (reportId: string) => qb.selectFrom('report').select(sql<string>`period_from::text`.as('from')).where('id', '=', reportId)),
  /** The tenant's report with the latest period_to before `before`, other than `reportId`. */
  previousReport: defineQuery(['2024-01-01', ID], (before: string, reportId: string) =>
    qb
      .selectFrom('report')
      .select(['id', 'title', sql<string>`period_from::text`.as('from'), sql<string>`period_to::text`.as('to')])
      .where('period_to', '<', sql<Date>`${before}::date`)
      .where('id', '<>', reportId)
      .orderBy('period_to', 'desc')
      .orderBy('period_from', 'desc')
      .orderBy('created_at', 'desc')
      .limit(1),
  ),
  recommendations: defineQuery([ID], (reportId: string) =>
    qb
      .selectFrom('recommendation')
      .select(['id', 'title', 'text', 'status'])
      .$narrowType<{ status: RecommendationStatus }>()
      .where('report_id', '=', reportId)
      .orderBy('sort_order')
      .orderBy('title')
      .orderBy('id'),
  ),
  links: defineQuery([[ID]], (recommendationIds: string[]) =>
    qb
      .selectFrom('recommendation_org_unit')
      .select(['recommendation_id as recommendationId', 'org_unit_id as orgUnitId'])
      .where('recommendation_id', '=', sql<string>`${anyOf(recommendationIds, 'uuid')}`),
  ),
  followUps: defineQuery([[ID]], (recommendationIds: string[]) =>
    qb
      .selectFrom('recommendation_follow_up')
      .select(['recommendation_id as recommendationId', 'org_unit_id as orgUnitId', 'text'])
      .where('recommendation_id', '=', sql<string>`${anyOf(recommendationIds, 'uuid')}`),
  ),
};

/** The follow-up loaders' reads, each in the caller's transaction under the tenant's RLS. */
export const followUpLoadRepository = {
  async report(em: EntityManager, reportId: string): Promise<FollowUpReportRow | undefined> {
    const [row] = await runQuery(em, followUpLoadQueries.report(reportId));
    return row;
  },
  tree: (em: EntityManager): Promise<TreeUnit[]> => runQuery(em, followUpLoadQueries.tree()),
  async addressedUnitIds(em: EntityManager, reportId: string): Promise<string[]> {
    return (await runQuery(em, followUpLoadQueries.addressedUnits(reportId))).map((row) => row.id);
  },
  writtenFollowUps: (em: EntityManager, reportId: string): Promise<WrittenFollowUp[]> =>
    runQuery(em, followUpLoadQueries.writtenFollowUps(reportId)) as Promise<WrittenFollowUp[]>,
  async reportStart(em: EntityManager, reportId: string): Promise<string | undefined> {
    const [row] = await runQuery(em, followUpLoadQueries.reportStart(reportId));
    return row?.from;
  },
  async previousReport(em: EntityManager, before: string, reportId: string): Promise<{ id: string; title: string; from: string; to: string } | undefined> {
    const [row] = await runQuery(em, followUpLoadQueries.previousReport(before, reportId));
    return row;
  },
  recommendations: (em: EntityManager, reportId: string) => runQuery(em, followUpLoadQueries.recommendations(reportId)),
  links: (em: EntityManager, recommendationIds: string[]) => runQuery(em, followUpLoadQueries.links(recommendationIds)),
  followUps: (em: EntityManager, recommendationIds: string[]) => runQuery(em, followUpLoadQueries.followUps(recommendationIds)),
};
