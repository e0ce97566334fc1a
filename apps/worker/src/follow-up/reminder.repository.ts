import { defineQuery, qb, runQuery } from '@raadgiver/db';
import type { RecommendationStatus } from '@raadgiver/domain';
import { NotNull, sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** A department contact and a recommendation due within the window or overdue. */
export interface DueRow {
  recommendationId: string;
  recommendationTitle: string;
  status: RecommendationStatus;
  dueOn: string;
  reportTitle: string;
  userId: string;
  email: string;
}

/** The queries of the daily reminders (their SQL is in reminder.repository.sql, checked by `npm test`). */
export const reminderQueries = {
  /**
   * Open and in-progress recommendations of published reports that are due by `day + windowDays`, with each
   * department contact bound to an addressed unit or to one of its parents. Runs under the tenant's RLS.
   */
  due: defineQuery(['2031-03-10', ['open', 'in_progress'], 14], (day: string, statuses: string[], windowDays: number) =>
    qb
      .withRecursive('addressed(recommendation_id, org_unit_id)', (db) =>
        db
          .selectFrom('recommendation_org_unit as l')
          .select(['l.recommendation_id', 'l.org_unit_id'])
          .union(
            db
              .selectFrom('addressed as a')
              .innerJoin('org_unit as o', 'o.id', 'a.org_unit_id')
              .select(['a.recommendation_id', 'o.parent_id as org_unit_id'])
              .where('o.parent_id', 'is not', null)
              .$narrowType<{ org_unit_id: NotNull }>(),
          ),
      )
      .selectFrom('recommendation as r')
      .innerJoin('report as rep', (join) => join.onRef('rep.tenant_id', '=', 'r.tenant_id').onRef('rep.id', '=', 'r.report_id').on('rep.status', '=', 'published'))
      .innerJoin('addressed as a', 'a.recommendation_id', 'r.id')
      .innerJoin('membership_org_unit as mu', (join) => join.onRef('mu.tenant_id', '=', 'r.tenant_id').onRef('mu.org_unit_id', '=', 'a.org_unit_id'))
      .innerJoin('membership as m', (join) =>
        join
          .onRef('m.tenant_id', '=', 'mu.tenant_id')
          .onRef('m.user_id', '=', 'mu.user_id')
          .on('m.role', '=', 'department_contact')
          .on('m.deactivated_at', 'is', null),
      )
      .innerJoin('app_user as u', (join) => join.onRef('u.id', '=', 'm.user_id').on('u.disabled', '=', false))
      .distinct()
      .select([
        'r.id as recommendationId', 'r.title as recommendationTitle', 'r.status', 'rep.title as reportTitle', 'u.id as userId', 'u.email',
      ])
      .select(sql<string>`r.due_on::text`.as('dueOn'))
      .where('r.status', 'in', statuses)
      .where('r.due_on', '<=', sql<Date>`${day}::date + ${windowDays}::int`)
      .orderBy('dueOn')
      .orderBy('recommendationId')
      .orderBy('userId'),
  ),
  recordSent: defineQuery([ID, ID, ID, '2031-03-10'], (tenantId: string, recommendationId: string, userId: string, day: string) =>
    qb
      .insertInto('reminder_sent')
      .values({ tenant_id: tenantId, recommendation_id: recommendationId, user_id: userId, sent_on: day })
      .onConflict((conflict) => conflict.doNothing())
      .returning('recommendation_id'),
  ),
};

/** What the reminders read and write; each method runs in the caller's transaction. */
export const reminderRepository = {
  due(em: EntityManager, day: string, statuses: readonly string[], windowDays: number): Promise<DueRow[]> {
    // The statuses asked for are recommendation statuses; the column is text with a CHECK.
    return runQuery(em, reminderQueries.due(day, [...statuses], windowDays)) as Promise<DueRow[]>;
  },

  /** Records the reminder of the day; false when one was recorded already (a second run, or a retry). */
  async recordSent(em: EntityManager, tenantId: string, recommendationId: string, userId: string, day: string): Promise<boolean> {
    return (await runQuery(em, reminderQueries.recordSent(tenantId, recommendationId, userId, day))).length > 0;
  },
};
