import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { HAS_SECOND_FACTOR } from '../auth/second-factor.repository';

const ID = '00000000-0000-4000-8000-000000000001';

/** Not accepted, revoked or expired (the tenant table has no columns of these names, so it reads in a join too). */
export const OPEN_INVITATION = sql<boolean>`accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`;

/** The queries of users, memberships and invitations (their SQL is in user.repository.sql, checked by `npm test`). */
export const userQueries = {
  /** The tenant's users with their roles and units; one user when `userId` is given. */
  tenantUsers: defineQuery([ID], (userId: string | null) =>
    qb
      .selectFrom('membership as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .leftJoin('membership_org_unit as mo', (join) => join.onRef('mo.user_id', '=', 'm.user_id').onRef('mo.tenant_id', '=', 'm.tenant_id'))
      .select(['u.id', 'u.email', 'u.display_name'])
      .select(sql<string[]>`array_agg(DISTINCT m.role ORDER BY m.role)`.as('roles'))
      .select(sql<string[]>`coalesce(array_agg(DISTINCT mo.org_unit_id) FILTER (WHERE mo.org_unit_id IS NOT NULL), '{}')`.as('org_unit_ids'))
      .select(sql<Date | null>`max(m.deactivated_at)`.as('deactivated_at'))
      .select(sql<Date | null>`max(m.last_login_at)`.as('last_login_at'))
      .select(HAS_SECOND_FACTOR.as('has_second_factor'))
      .where('m.tenant_id', '=', sql<string>`app_tenant_id()`)
      .$if(userId !== null, (query) => query.where('u.id', '=', userId!))
      .groupBy('u.id')
      .orderBy('u.display_name'),
  ),
  /** Memberships of the user that the context sees. */
  membershipCount: defineQuery([ID], (userId: string) =>
    qb.selectFrom('membership').select((eb) => eb.fn.countAll<number>().as('count')).where('user_id', '=', userId),
  ),
  /** Whether the user is a member of the context's tenant. */
  isMember: defineQuery([ID], (userId: string) =>
    qb.selectFrom('membership').select(sql<number>`1`.as('one')).where('tenant_id', '=', sql<string>`app_tenant_id()`).where('user_id', '=', userId).limit(1),
  ),
  /** Whether an address belongs to one of the tenant's own members (RLS shows no one else). */
  isMemberByEmail: defineQuery(['advisor@lejre.demo'], (email: string) =>
    qb
      .selectFrom('membership as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(sql<number>`1`.as('one'))
      .where('m.tenant_id', '=', sql<string>`app_tenant_id()`)
      .where('u.email', '=', email)
      .limit(1),
  ),
  /** The membership's state, kept across a change of its roles (each role row holds it). */
  membershipState: defineQuery([ID, ID], (tenantId: string, userId: string) =>
    qb
      .selectFrom('membership')
      .select(sql<Date | null>`max(deactivated_at)`.as('deactivated_at'))
      .select(sql<Date | null>`max(last_login_at)`.as('last_login_at'))
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId),
  ),
  /** Deactivates (a time) or reactivates (null) the user's membership in the context's tenant. */
  setDeactivated: defineQuery([ID, true], (userId: string, deactivate: boolean) =>
    qb
      .updateTable('membership')
      .set({ deactivated_at: deactivate ? sql<Date>`now()` : null })
      .where('tenant_id', '=', sql<string>`app_tenant_id()`)
      .where('user_id', '=', userId),
  ),
  removeUnits: defineQuery([ID, ID], (tenantId: string, userId: string) =>
    qb.deleteFrom('membership_org_unit').where('tenant_id', '=', tenantId).where('user_id', '=', userId),
  ),
  removeRoles: defineQuery([ID, ID], (tenantId: string, userId: string) => qb.deleteFrom('membership').where('tenant_id', '=', tenantId).where('user_id', '=', userId)),
  addRoles: defineQuery([ID, ID, ['advisor'], null, null], (tenantId: string, userId: string, roles: string[], deactivatedAt: Date | null, lastLoginAt: Date | null) =>
    qb.insertInto('membership').values(roles.map((role) => ({ tenant_id: tenantId, user_id: userId, role, deactivated_at: deactivatedAt, last_login_at: lastLoginAt }))),
  ),
  addUnits: defineQuery([ID, ID, [ID]], (tenantId: string, userId: string, orgUnitIds: string[]) =>
    qb.insertInto('membership_org_unit').values(orgUnitIds.map((orgUnitId) => ({ tenant_id: tenantId, user_id: userId, org_unit_id: orgUnitId }))),
  ),
  /** How many of the units exist in the context's tenant. */
  unitCount: defineQuery([[ID]], (orgUnitIds: string[]) =>
    qb.selectFrom('org_unit').select((eb) => eb.fn.countAll<number>().as('count')).where('id', 'in', orgUnitIds),
  ),
  addUser: defineQuery([ID, 'person@lejre.dk', 'Navn', 'hash'], (id: string, email: string, displayName: string, passwordHash: string | null) =>
    qb.insertInto('app_user').values({ id, email, display_name: displayName, password_hash: passwordHash }),
  ),
  setPassword: defineQuery([ID, 'hash'], (userId: string, passwordHash: string) => qb.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', userId)),
  /** Logins start in the first municipality a person joined: the context's tenant becomes it only if there is none yet. */
  keepDefaultTenant: defineQuery([ID], (userId: string) =>
    qb
      .updateTable('app_user')
      .set((eb) => ({
        default_tenant_id: eb.fn.coalesce(
          'default_tenant_id',
          eb
            .selectFrom('membership as m')
            .innerJoin('tenant as t', 't.id', 'm.tenant_id')
            .select('m.tenant_id')
            .where('m.user_id', '=', userId)
            .orderBy('t.name')
            .limit(1),
          sql<string>`app_tenant_id()`,
        ),
      }))
      .where('id', '=', userId),
  ),
  openInvitations: defineQuery([], () => qb.selectFrom('tenant_invitation').selectAll().where(OPEN_INVITATION).orderBy('created_at', 'desc')),
  /** An open invitation of the context's tenant by its id. */
  openInvitationById: defineQuery([ID], (id: string) => qb.selectFrom('tenant_invitation').selectAll().where('id', '=', id).where(OPEN_INVITATION)),
  /** The open invitation of a link (its id and its secret's hash), with the municipality's name. */
  openInvitation: defineQuery([ID, 'c0ffee', false], (invitationId: string, tokenHash: string, lock: boolean) => {
    const query = qb
      .selectFrom('tenant_invitation as i')
      .innerJoin('tenant as t', 't.id', 'i.tenant_id')
      .selectAll('i')
      .select('t.name as municipality_name')
      .where('i.id', '=', invitationId)
      .where('i.token_hash', '=', tokenHash)
      .where(OPEN_INVITATION);
    return lock ? query.forUpdate('i') : query;
  }),
  /** Inviting again replaces the open invitation (and voids its link). */
  revokeOpenTo: defineQuery(['person@lejre.dk'], (email: string) =>
    qb.updateTable('tenant_invitation').set({ revoked_at: sql`now()` }).where('email', '=', email).where('accepted_at', 'is', null).where('revoked_at', 'is', null),
  ),
  addInvitation: defineQuery(
    ['person@lejre.dk', 'Navn', ['advisor'], [ID], ID, 14],
    (email: string, displayName: string, roles: string[], orgUnitIds: string[], invitedBy: string, validDays: number) =>
      qb
        .insertInto('tenant_invitation')
        .values({
          tenant_id: sql<string>`app_tenant_id()`, email, display_name: displayName, roles, org_unit_ids: orgUnitIds, invited_by: invitedBy,
          expires_at: sql<Date>`now() + make_interval(days => ${validDays})`,
        })
        .returningAll(),
  ),
  revokeInvitation: defineQuery([ID], (id: string) =>
    qb.updateTable('tenant_invitation').set({ revoked_at: sql`now()` }).where('id', '=', id).where(OPEN_INVITATION).returning('id'),
  ),
  markAccepted: defineQuery([ID, ID], (id: string, userId: string) =>
    qb.updateTable('tenant_invitation').set({ accepted_at: sql`now()`, accepted_by: userId }).where('id', '=', id),
  ),
};

export type InvitationRow = Awaited<ReturnType<typeof userRepository.openInvitations>>[number];
export type TenantUserRow = Awaited<ReturnType<typeof userRepository.tenantUsers>>[number];

/** What users, memberships and invitations read and write; each method runs in the caller's transaction under RLS. */
export const userRepository = {
  tenantUsers(em: EntityManager, userId: string | null = null) {
    return runQuery(em, userQueries.tenantUsers(userId));
  },

  async hasMembership(em: EntityManager, userId: string): Promise<boolean> {
    const [row] = await runQuery(em, userQueries.membershipCount(userId));
    return Number(row.count) > 0;
  },

  async isMember(em: EntityManager, userId: string): Promise<boolean> {
    return (await runQuery(em, userQueries.isMember(userId))).length > 0;
  },

  async isMemberByEmail(em: EntityManager, email: string): Promise<boolean> {
    return (await runQuery(em, userQueries.isMemberByEmail(email))).length > 0;
  },

  /** Ends the user's membership in the tenant: units and roles. */
  async removeMembership(em: EntityManager, tenantId: string, userId: string): Promise<void> {
    await runWrite(em, userQueries.removeUnits(tenantId, userId));
    await runWrite(em, userQueries.removeRoles(tenantId, userId));
  },

  /** Replaces the user's roles and units in the tenant; whether it is deactivated and its last login stay. */
  async replaceMembership(em: EntityManager, tenantId: string, userId: string, roles: string[], orgUnitIds: string[]): Promise<void> {
    const [state] = await runQuery(em, userQueries.membershipState(tenantId, userId));
    await userRepository.removeMembership(em, tenantId, userId);
    if (roles.length) await runWrite(em, userQueries.addRoles(tenantId, userId, roles, state?.deactivated_at ?? null, state?.last_login_at ?? null));
    if (orgUnitIds.length) await runWrite(em, userQueries.addUnits(tenantId, userId, orgUnitIds));
  },

  async setDeactivated(em: EntityManager, userId: string, deactivate: boolean): Promise<void> {
    await runWrite(em, userQueries.setDeactivated(userId, deactivate));
  },

  async unitCount(em: EntityManager, orgUnitIds: string[]): Promise<number> {
    const [row] = await runQuery(em, userQueries.unitCount(orgUnitIds));
    return Number(row.count);
  },

  async addUser(em: EntityManager, user: { id: string; email: string; displayName: string; passwordHash: string | null }): Promise<void> {
    await runWrite(em, userQueries.addUser(user.id, user.email, user.displayName, user.passwordHash));
  },

  async setPassword(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await runWrite(em, userQueries.setPassword(userId, passwordHash));
  },

  async keepDefaultTenant(em: EntityManager, userId: string): Promise<void> {
    await runWrite(em, userQueries.keepDefaultTenant(userId));
  },

  openInvitations(em: EntityManager) {
    return runQuery(em, userQueries.openInvitations());
  },

  async openInvitationById(em: EntityManager, id: string) {
    const [row] = await runQuery(em, userQueries.openInvitationById(id));
    return row;
  },

  async openInvitation(em: EntityManager, invitationId: string, tokenHash: string, lock: boolean) {
    const [row] = await runQuery(em, userQueries.openInvitation(invitationId, tokenHash, lock));
    return row;
  },

  async revokeOpenTo(em: EntityManager, email: string): Promise<void> {
    await runWrite(em, userQueries.revokeOpenTo(email));
  },

  async addInvitation(em: EntityManager, invitation: { email: string; displayName: string; roles: string[]; orgUnitIds: string[]; invitedBy: string; validDays: number }) {
    const { email, displayName, roles, orgUnitIds, invitedBy, validDays } = invitation;
    const [row] = await runQuery(em, userQueries.addInvitation(email, displayName, roles, orgUnitIds, invitedBy, validDays));
    return row;
  },

  /** False when no open invitation has the id. */
  async revokeInvitation(em: EntityManager, id: string): Promise<boolean> {
    return (await runQuery(em, userQueries.revokeInvitation(id))).length > 0;
  },

  async markAccepted(em: EntityManager, id: string, userId: string): Promise<void> {
    await runWrite(em, userQueries.markAccepted(id, userId));
  },
};
