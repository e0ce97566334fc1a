import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { AuditAction } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

export interface AuditEntry {
  tenantId: string;
  userId: string | null;
  /** One of AUDIT_ACTIONS, each with its sentence in the log. */
  action: AuditAction;
  subjectType: string;
  subjectId: string | null;
  /** Ids and criteria only; never names or free text. */
  details?: Record<string, unknown>;
}

/** What the audit log can be filtered by; days are YYYY-MM-DD (UTC). */
export interface AuditLogFilter {
  from?: string | null;
  to?: string | null;
  action?: string | null;
  subjectId?: string | null;
  userId?: string | null;
}

/** The last event of the page before: its time (as text) and id. */
export interface AuditCursor {
  key: string;
  id: string;
}

/** An audit event as the log lists it. */
export interface AuditRow {
  id: string;
  occurredAt: Date;
  occurredAtText: string;
  userId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
}

const EXAMPLE_ENTRY: AuditEntry = { tenantId: ID, userId: ID, action: 'inquiry.read', subjectType: 'inquiry', subjectId: ID, details: { citizenId: ID } };

function events() {
  return qb
    .selectFrom('audit_event as a')
    .select(['a.id', 'a.occurred_at as occurredAt', 'a.user_id as userId', 'a.action', 'a.subject_type as subjectType', 'a.subject_id as subjectId', 'a.details'])
    .select(sql<string>`a.occurred_at::text`.as('occurredAtText'));
}

/** The audit log's queries (their SQL is in audit.repository.sql, checked by `npm test`). */
export const auditQueries = {
  insert: defineQuery([EXAMPLE_ENTRY], (entry: AuditEntry) =>
    qb.insertInto('audit_event').values({
      tenant_id: entry.tenantId,
      user_id: entry.userId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
    }),
  ),
  /** A page of the log, newest first, from after `cursor`. */
  page: defineQuery(
    [{ from: '2025-01-01', to: '2025-01-31', action: 'inquiry.read', subjectId: ID, userId: ID } as AuditLogFilter, { key: '2025-01-31 12:00:00+00', id: ID } as AuditCursor | null, 101],
    (filter: AuditLogFilter, cursor: AuditCursor | null, limit: number) =>
      events()
        .$if(Boolean(filter.from), (q) => q.where(sql<boolean>`a.occurred_at >= ${filter.from}::date::timestamp AT TIME ZONE 'UTC'`))
        .$if(Boolean(filter.to), (q) => q.where(sql<boolean>`a.occurred_at < (${filter.to}::date + 1)::timestamp AT TIME ZONE 'UTC'`))
        .$if(Boolean(filter.action), (q) => q.where('a.action', '=', filter.action!))
        .$if(Boolean(filter.subjectId), (q) => q.where('a.subject_id', '=', sql<string>`${filter.subjectId}::uuid`))
        .$if(Boolean(filter.userId), (q) => q.where('a.user_id', '=', sql<string>`${filter.userId}::uuid`))
        .$if(cursor !== null, (q) => q.where(sql<boolean>`(a.occurred_at, a.id) < (${cursor!.key}::timestamptz, ${cursor!.id}::uuid)`))
        .orderBy('a.occurred_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit),
  ),
  /** Every event about the citizen or any of their inquiries (also deleted ones), oldest first, with the user's name. */
  aboutCitizen: defineQuery([ID], (citizenId: string) =>
    events()
      .leftJoin('app_user as u', 'u.id', 'a.user_id')
      .select('u.display_name as userName')
      .where((eb) =>
        eb.or([
          eb('a.subject_id', '=', citizenId),
          eb(sql`a.details ->> 'citizenId'`, '=', sql`${citizenId}::text`),
          eb(sql`a.details ->> 'previousCitizenId'`, '=', sql`${citizenId}::text`),
          eb('a.subject_id', 'in', qb.selectFrom('inquiry').select('id').where('citizen_id', '=', citizenId)),
        ]),
      )
      .orderBy('a.occurred_at')
      .orderBy('a.id'),
  ),
};

/** The audit log's reads and writes, each in the caller's transaction under the tenant's RLS. */
export const auditRepository = {
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await runWrite(em, auditQueries.insert(entry));
  },

  page(em: EntityManager, filter: AuditLogFilter, cursor: AuditCursor | null, limit: number): Promise<AuditRow[]> {
    return runQuery(em, auditQueries.page(filter, cursor, limit)) as Promise<AuditRow[]>;
  },

  aboutCitizen(em: EntityManager, citizenId: string): Promise<(AuditRow & { userName: string | null })[]> {
    return runQuery(em, auditQueries.aboutCitizen(citizenId)) as Promise<(AuditRow & { userName: string | null })[]>;
  },
};
