import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** An open invitation as its e-mail needs it: the address, the roles, the last day of the link, the municipality. */
export interface OpenInvitation {
  email: string;
  roles: string[];
  lastDay: string;
  tenantName: string;
}

/** The queries of the invitation e-mails (their SQL is in invitation.repository.sql, checked by `npm test`). */
export const invitationQueries = {
  lockOpen: defineQuery([ID], (invitationId: string) =>
    qb
      .selectFrom('tenant_invitation as i')
      .innerJoin('tenant as t', 't.id', 'i.tenant_id')
      .select(['i.email', 'i.roles', 't.name as tenantName'])
      .select(sql<string>`(i.expires_at at time zone 'Europe/Copenhagen')::date::text`.as('lastDay'))
      .where('i.id', '=', invitationId)
      .where('i.accepted_at', 'is', null)
      .where('i.revoked_at', 'is', null)
      .where('i.expires_at', '>', sql<Date>`now()`)
      .forUpdate('i'),
  ),
  setTokenHash: defineQuery([ID, '0'.repeat(64)], (invitationId: string, secretHash: string) =>
    qb.updateTable('tenant_invitation').set({ token_hash: secretHash }).where('id', '=', invitationId),
  ),
  markSent: defineQuery([ID], (invitationId: string) => qb.updateTable('tenant_invitation').set({ sent_at: sql`now()` }).where('id', '=', invitationId)),
};

/** tenant_invitation as the worker uses it, in the caller's transaction under the tenant's RLS. */
export const invitationRepository = {
  /** The invitation if it is still open, locked until the transaction ends. */
  async lockOpen(em: EntityManager, invitationId: string): Promise<OpenInvitation | undefined> {
    const [row] = await runQuery(em, invitationQueries.lockOpen(invitationId));
    return row;
  },

  /** Keeps the new link's hash: the earlier link stops working. */
  async setTokenHash(em: EntityManager, invitationId: string, secretHash: string): Promise<void> {
    await runWrite(em, invitationQueries.setTokenHash(invitationId, secretHash));
  },

  /** When the e-mail with the link went, as the tenant admin's list shows it. */
  async markSent(em: EntityManager, invitationId: string): Promise<void> {
    await runWrite(em, invitationQueries.markSent(invitationId));
  },
};
