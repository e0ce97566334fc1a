import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { defineQuery, qb, rawQuery, runQuery } from '../query/query-builder';

const ID = '00000000-0000-4000-8000-000000000001';

/**
 * The retention functions of migration 0059 (SQL in retention.repository.sql, checked by `npm test`). They run as the
 * retention role, in the caller's tenant context, and refuse any other tenant.
 */
export const retentionQueries = {
  /** The tenant's closed inquiries past retention that may be anonymised now. */
  dueInquiries: defineQuery([ID, '2026-12-06'], (tenantId: string, today: string) =>
    rawQuery(sql<{ id: string }>`SELECT id FROM retention_due_inquiries(${tenantId}::uuid, ${today}::date) AS id`),
  ),
  /** Anonymises one inquiry when it is due; whether it did. */
  anonymiseInquiry: defineQuery([ID, ID], (tenantId: string, inquiryId: string) =>
    qb.selectNoFrom(sql<boolean>`retention_anonymise_inquiry(${tenantId}::uuid, ${inquiryId}::uuid)`.as('done')),
  ),
  /** Article 17: erases the citizen's personal data; how many inquiries were anonymised. */
  eraseCitizen: defineQuery([ID, ID, 'Borgerens anmodning'], (tenantId: string, citizenId: string, reason: string) =>
    qb.selectNoFrom(sql<number>`retention_erase_citizen(${tenantId}::uuid, ${citizenId}::uuid, ${reason})`.as('inquiries')),
  ),
  /** Removes the audit events older than the tenant's audit retention; how many. */
  purgeAudit: defineQuery([ID], (tenantId: string) =>
    qb.selectNoFrom(sql<number>`retention_purge_audit(${tenantId}::uuid, now())`.as('events')),
  ),
  /** Empties the file and error texts of finished imports older than the inquiry retention; how many. */
  purgeImports: defineQuery([ID], (tenantId: string) => qb.selectNoFrom(sql<number>`retention_purge_imports(${tenantId}::uuid)`.as('jobs'))),
};

/** The retention functions, each in the caller's transaction under the tenant's context. */
export const retentionRepository = {
  async dueInquiries(em: EntityManager, tenantId: string, today: string): Promise<string[]> {
    return (await runQuery(em, retentionQueries.dueInquiries(tenantId, today))).map((r) => r.id);
  },

  async anonymiseInquiry(em: EntityManager, tenantId: string, inquiryId: string): Promise<boolean> {
    const [row] = await runQuery(em, retentionQueries.anonymiseInquiry(tenantId, inquiryId));
    return row.done;
  },

  async eraseCitizen(em: EntityManager, tenantId: string, citizenId: string, reason: string): Promise<number> {
    const [row] = await runQuery(em, retentionQueries.eraseCitizen(tenantId, citizenId, reason));
    return row.inquiries;
  },

  async purgeAudit(em: EntityManager, tenantId: string): Promise<number> {
    const [row] = await runQuery(em, retentionQueries.purgeAudit(tenantId));
    return row.events;
  },

  async purgeImports(em: EntityManager, tenantId: string): Promise<number> {
    const [row] = await runQuery(em, retentionQueries.purgeImports(tenantId));
    return row.jobs;
  },
};
