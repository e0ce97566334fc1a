import { defineQuery, qb, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

/** How long an expired or revoked refresh session is kept, so reuse of a just-rotated token can still be detected. */
const SESSION_GRACE = sql<Date>`now() - interval '1 day'`;

/** The platform's housekeeping queries (their SQL is in maintenance.repository.sql, checked by `npm test`). */
export const maintenanceQueries = {
  purgeSessions: defineQuery([], () =>
    qb.deleteFrom('refresh_session').where((eb) => eb.or([eb('expires_at', '<', SESSION_GRACE), eb('revoked_at', '<', SESSION_GRACE)])),
  ),
};

export const maintenanceRepository = {
  /** Deletes refresh sessions expired or revoked longer than the grace ago; how many. */
  purgeSessions(em: EntityManager): Promise<number> {
    return runWrite(em, maintenanceQueries.purgeSessions());
  },
};
