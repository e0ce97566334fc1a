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
  /** Events about the citizen or any of their inquiries, deleted ones too. */
  citizenId?: string | null;
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

/** An audit event with what its sentence names: the user, the user's roles in the tenant and the subject's reference. */
export interface NamedAuditRow extends AuditRow {
  userName: string | null;
  userRoles: string[];
  subjectLabel: string | null;
}

const EXAMPLE_ENTRY: AuditEntry = { tenantId: ID, userId: ID, action: 'inquiry.read', subjectType: 'inquiry', subjectId: ID, details: { citizenId: ID } };

function events() {
  return qb
    .selectFrom('audit_event as a')
    .select(['a.id', 'a.occurred_at as occurredAt', 'a.user_id as userId', 'a.action', 'a.subject_type as subjectType', 'a.subject_id as subjectId', 'a.details'])
    .select(sql<string>`a.occurred_at::text`.as('occurredAtText'));
}

/** The day's start in Danish time: the log's period is the days the admin sees. */
const dayStart = (day: string) => sql<Date>`(${day}::date::timestamp AT TIME ZONE 'Europe/Copenhagen')`;
const dayAfter = (day: string) => sql<Date>`((${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen')`;

type EventsQuery = ReturnType<typeof events>;

/** Events about the citizen: the citizen itself, or an inquiry (also a deleted one) that was theirs. */
export function aboutCitizen(citizenId: string) {
  return sql<boolean>`(a.subject_id = ${citizenId}::uuid OR a.details ->> 'citizenId' = ${citizenId}::text OR a.details ->> 'previousCitizenId' = ${citizenId}::text
    OR a.subject_id IN (SELECT id FROM inquiry WHERE citizen_id = ${citizenId}::uuid))`;
}

function filtered<Q extends EventsQuery>(query: Q, filter: AuditLogFilter): Q {
  return query
    .$if(Boolean(filter.from), (q) => q.where(sql<boolean>`a.occurred_at >= ${dayStart(filter.from!)}`))
    .$if(Boolean(filter.to), (q) => q.where(sql<boolean>`a.occurred_at < ${dayAfter(filter.to!)}`))
    .$if(Boolean(filter.action), (q) => q.where('a.action', '=', filter.action!))
    .$if(Boolean(filter.subjectId), (q) => q.where('a.subject_id', '=', sql<string>`${filter.subjectId}::uuid`))
    .$if(Boolean(filter.userId), (q) => q.where('a.user_id', '=', sql<string>`${filter.userId}::uuid`))
    .$if(Boolean(filter.citizenId), (q) => q.where(aboutCitizen(filter.citizenId!))) as Q;
}

/**
 * The user's name and roles in the tenant, and the subject's human reference: an inquiry's or citizen's case number, a
 * report's or recommendation's title, a unit's or user's name. A deleted inquiry keeps the reference its event noted.
 */
function named(query: EventsQuery) {
  return query
    .leftJoin('app_user as u', 'u.id', 'a.user_id')
    .select('u.display_name as userName')
    .select(
      sql<string[]>`coalesce((SELECT array_agg(m.role ORDER BY m.role) FROM membership m WHERE m.tenant_id = a.tenant_id AND m.user_id = a.user_id), '{}')`.as('userRoles'),
    )
    .select(
      sql<string | null>`CASE a.subject_type
        WHEN 'inquiry' THEN coalesce((SELECT reference FROM inquiry WHERE id = a.subject_id), a.details ->> 'reference')
        WHEN 'citizen' THEN (SELECT reference FROM citizen WHERE id = a.subject_id)
        WHEN 'report' THEN (SELECT title FROM report WHERE id = a.subject_id)
        WHEN 'recommendation' THEN (SELECT title FROM recommendation WHERE id = a.subject_id)
        WHEN 'recommendation_follow_up' THEN (SELECT r.title FROM recommendation_follow_up f
          JOIN recommendation r ON r.tenant_id = f.tenant_id AND r.id = f.recommendation_id WHERE f.id = a.subject_id)
        WHEN 'org_unit' THEN (SELECT name FROM org_unit WHERE id = a.subject_id)
        WHEN 'category' THEN (SELECT name FROM category WHERE id = a.subject_id)
        WHEN 'outcome' THEN (SELECT name FROM outcome WHERE id = a.subject_id)
        WHEN 'user' THEN (SELECT display_name FROM app_user WHERE id = a.subject_id)
        WHEN 'invitation' THEN (SELECT display_name FROM tenant_invitation WHERE id = a.subject_id)
        WHEN 'import_job' THEN (SELECT file_name FROM import_job WHERE id = a.subject_id)
        WHEN 'learning_entry' THEN (SELECT i.reference FROM learning_entry l
          JOIN inquiry i ON i.tenant_id = l.tenant_id AND i.id = l.inquiry_id WHERE l.id = a.subject_id)
        WHEN 'tenant' THEN (SELECT name FROM tenant WHERE id = a.subject_id)
      END`.as('subjectLabel'),
    );
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
  /** A page of the log, newest first, from after `cursor`, each event with its user and subject named. */
  page: defineQuery(
    [
      { from: '2025-01-01', to: '2025-01-31', action: 'inquiry.read', subjectId: ID, userId: ID, citizenId: ID } as AuditLogFilter,
      { key: '2025-01-31 12:00:00+00', id: ID } as AuditCursor | null,
      101,
    ],
    (filter: AuditLogFilter, cursor: AuditCursor | null, limit: number) =>
      filtered(named(events()), filter)
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
      .where(aboutCitizen(citizenId))
      .orderBy('a.occurred_at')
      .orderBy('a.id'),
  ),
};

/** The audit log's reads and writes, each in the caller's transaction under the tenant's RLS. */
export const auditRepository = {
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await runWrite(em, auditQueries.insert(entry));
  },

  page(em: EntityManager, filter: AuditLogFilter, cursor: AuditCursor | null, limit: number): Promise<NamedAuditRow[]> {
    return runQuery(em, auditQueries.page(filter, cursor, limit)) as Promise<NamedAuditRow[]>;
  },

  aboutCitizen(em: EntityManager, citizenId: string): Promise<(AuditRow & { userName: string | null })[]> {
    return runQuery(em, auditQueries.aboutCitizen(citizenId)) as Promise<(AuditRow & { userName: string | null })[]>;
  },
};
