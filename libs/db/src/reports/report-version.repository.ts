import { sql } from 'kysely';
import { defineQuery, qb } from '../query/query-builder';

const ID = '00000000-0000-4000-8000-000000000001';

/**
 * A report's versions as both the API (a new generation) and the worker (a published report without documents) start
 * them (SQL in report-version.repository.sql).
 */
export const reportVersionQueries = {
  /** A new version, generating, with no figures yet. */
  start: defineQuery([ID, ID, 1], (tenantId: string, reportId: string, version: number) =>
    qb.insertInto('report_version').values({ tenant_id: tenantId, report_id: reportId, version, status: 'generating', figures: sql`'null'::jsonb`, progress: 0 }),
  ),
};
