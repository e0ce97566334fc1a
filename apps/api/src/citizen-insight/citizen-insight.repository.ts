import { defineQuery, qb, rawQuery, runQuery } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { aboutCitizen } from '../audit/audit.repository';

const ID = '00000000-0000-4000-8000-000000000001';

export interface InsightCitizen { id: string; reference: string; displayName: string; email: string | null; phone: string | null; createdAt: string }
export interface InsightInquiry {
  id: string; reference: string; receivedOn: string; channel: string; kind: string; status: string; orgUnit: string | null; outcome: string | null;
  categories: string[]; mainInquiryId: string | null; firstContactOn: string | null; closedOn: string | null; summary: string; createdAt: string;
}
export interface InsightLearningEntry { id: string; inquiryId: string; whatWentWrong: string; why: string; whatWasLearnt: string; prevention: string; createdAt: string }
export interface InsightAuditEvent { id: string; occurredAt: string; action: string; subjectType: string; subjectId: string | null; user: string | null }

/** Everything held about one citizen, under the tenant's row-level security. */
export const citizenInsightQueries = {
  citizen: defineQuery([ID], (citizenId: string) =>
    rawQuery(sql<InsightCitizen>`SELECT c.id::text AS "id", c.reference, c.display_name AS "displayName", c.email, c.phone, c.created_at::text AS "createdAt"
      FROM citizen c WHERE c.id = ${citizenId}::uuid`),
  ),
  inquiries: defineQuery([ID], (citizenId: string) =>
    rawQuery(sql<InsightInquiry>`SELECT i.id::text AS "id", i.reference, i.received_on::text AS "receivedOn", i.channel, i.kind, i.status, u.name AS "orgUnit", o.name AS "outcome",
      coalesce((SELECT array_agg(c.name ORDER BY c.name) FROM inquiry_category ic JOIN category c ON c.tenant_id = ic.tenant_id AND c.id = ic.category_id
        WHERE ic.tenant_id = i.tenant_id AND ic.inquiry_id = i.id), '{}') AS "categories",
      i.main_inquiry_id::text AS "mainInquiryId", i.first_contact_on::text AS "firstContactOn", i.closed_on::text AS "closedOn", i.summary, i.created_at::text AS "createdAt"
      FROM inquiry i
      LEFT JOIN org_unit u ON u.tenant_id = i.tenant_id AND u.id = i.org_unit_id
      LEFT JOIN outcome o ON o.tenant_id = i.tenant_id AND o.id = i.outcome_id
      WHERE i.citizen_id = ${citizenId}::uuid ORDER BY i.received_on, i.reference`),
  ),
  learningEntries: defineQuery([ID], (citizenId: string) =>
    rawQuery(sql<InsightLearningEntry>`SELECT l.id::text AS "id", l.inquiry_id::text AS "inquiryId", l.what_went_wrong AS "whatWentWrong", l.why,
      l.what_was_learnt AS "whatWasLearnt", l.prevention, l.created_at::text AS "createdAt"
      FROM learning_entry l WHERE l.inquiry_id IN (SELECT id FROM inquiry WHERE citizen_id = ${citizenId}::uuid) ORDER BY l.created_at, l.id`),
  ),
  municipality: defineQuery([], () => qb.selectFrom('tenant').select('name').where('id', '=', sql<string>`app_tenant_id()`)),
  /** Events about the citizen or any of their inquiries (deleted ones too), as the audit log's citizen filter finds them. */
  auditEvents: defineQuery([ID], (citizenId: string) =>
    rawQuery(sql<InsightAuditEvent>`SELECT a.id::text AS "id", a.occurred_at::text AS "occurredAt", a.action, a.subject_type AS "subjectType", a.subject_id::text AS "subjectId",
      u.display_name AS "user"
      FROM audit_event a LEFT JOIN app_user u ON u.id = a.user_id
      WHERE ${aboutCitizen(citizenId)}
      ORDER BY a.occurred_at, a.id`),
  ),
};

export const citizenInsightRepository = {
  async citizen(em: EntityManager, citizenId: string): Promise<InsightCitizen | undefined> {
    const [row] = await runQuery(em, citizenInsightQueries.citizen(citizenId));
    return row;
  },
  async municipality(em: EntityManager): Promise<string> {
    const [row] = await runQuery(em, citizenInsightQueries.municipality());
    return row?.name ?? '';
  },
  inquiries: (em: EntityManager, citizenId: string) => runQuery(em, citizenInsightQueries.inquiries(citizenId)),
  learningEntries: (em: EntityManager, citizenId: string) => runQuery(em, citizenInsightQueries.learningEntries(citizenId)),
  auditEvents: (em: EntityManager, citizenId: string) => runQuery(em, citizenInsightQueries.auditEvents(citizenId)),
};
