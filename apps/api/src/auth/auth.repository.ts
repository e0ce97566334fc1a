import { defineQuery, NO_CONTEXT, qb, runQuery, runQueryInContext, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { HAS_SECOND_FACTOR } from './second-factor.repository';

const ID = '00000000-0000-4000-8000-000000000001';
const HASH = 'c0ffee';

/** One membership of the user: a tenant and one role in it. */
export interface MembershipRow {
  id: string;
  name: string;
  kommunekode: string;
  slug: string;
  locale: string;
  role: string;
}

export interface SessionRow {
  id: string;
  user_id: string;
  family_id: string;
  active_tenant: string | null;
  expires_at: Date;
  revoked_at: Date | null;
  second_factor_setup: boolean;
  sso_tenant: string | null;
}

/** A municipality's enabled login of its own, as anyone may know it before logging in (login_providers()). */
export interface LoginProviderRow {
  tenant_id: string;
  slug: string;
  name: string;
  kind: 'oidc' | 'saml';
  email_domains: string[];
  sso_required: boolean;
}

export interface CredentialsRow {
  id: string;
  password_hash: string | null;
  disabled: boolean;
  is_operator: boolean;
}

/** The queries of logins and sessions (their SQL is in auth.repository.sql, checked by `npm test`). */
export const authQueries = {
  /** A user by e-mail before any tenant is known: only the narrow definer function can look one up. */
  credentials: defineQuery(['advisor@lejre.demo'], (email: string) =>
    qb.selectFrom(sql<CredentialsRow>`auth_user_by_email(${email})`.as('u')).select(['u.id', 'u.password_hash', 'u.disabled', 'u.is_operator']),
  ),
  /** The user and every membership in one row: `me` answers each page load and token refresh. */
  me: defineQuery([ID], (userId: string) =>
    qb
      .selectFrom('app_user as u')
      // A deactivated membership, or one in a deactivated municipality, gives no access: its municipality is not among the user's.
      .leftJoin('membership as m', (join) => join.onRef('m.user_id', '=', 'u.id').on('m.deactivated_at', 'is', null))
      .leftJoin('tenant as t', (join) => join.onRef('t.id', '=', 'm.tenant_id').on('t.deactivated_at', 'is', null))
      .select(['u.id', 'u.email', 'u.display_name', 'u.disabled', 'u.is_operator'])
      .select(HAS_SECOND_FACTOR.as('has_second_factor'))
      .select(
        sql<MembershipRow[]>`coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'kommunekode', t.kommunekode, 'slug', t.slug, 'locale', t.locale, 'role', m.role)
          ORDER BY t.name, m.role) FILTER (WHERE t.id IS NOT NULL), '[]')`.as('memberships'),
      )
      .where('u.id', '=', userId)
      .groupBy('u.id'),
  ),
  /** The user's own memberships across tenants (RLS policy own_memberships). */
  memberships: defineQuery([ID], (userId: string) =>
    qb
      .selectFrom('membership as m')
      .innerJoin('tenant as t', 't.id', 'm.tenant_id')
      .select(['t.id', 't.name', 't.kommunekode', 't.slug', 't.locale', 'm.role'])
      .where('m.user_id', '=', userId)
      .where('m.deactivated_at', 'is', null)
      .where('t.deactivated_at', 'is', null)
      .orderBy('t.name')
      .orderBy('m.role'),
  ),
  /** The user's membership in the context's tenant was logged in to now. */
  recordLogin: defineQuery([ID], (userId: string) =>
    qb
      .updateTable('membership')
      .set({ last_login_at: sql`now()` })
      .where('tenant_id', '=', sql<string>`app_tenant_id()`)
      .where('user_id', '=', userId),
  ),
  user: defineQuery([ID], (userId: string) => qb.selectFrom('app_user').select(['default_tenant_id', 'is_operator']).where('id', '=', userId)),
  setDefaultTenant: defineQuery([ID, ID], (userId: string, tenantId: string) =>
    qb.updateTable('app_user').set({ default_tenant_id: tenantId }).where('id', '=', userId),
  ),
  lockSession: defineQuery([HASH], (tokenHash: string) =>
    qb
      .selectFrom('refresh_session')
      .select(['id', 'user_id', 'family_id', 'active_tenant', 'expires_at', 'revoked_at', 'second_factor_setup', 'sso_tenant'])
      .where('token_hash', '=', tokenHash)
      .forUpdate(),
  ),
  revokeSession: defineQuery([ID], (sessionId: string) => qb.updateTable('refresh_session').set({ revoked_at: sql`now()` }).where('id', '=', sessionId)),
  revokeFamily: defineQuery([ID], (familyId: string) =>
    qb.updateTable('refresh_session').set({ revoked_at: sql`now()` }).where('family_id', '=', familyId).where('revoked_at', 'is', null),
  ),
  /** Ends the family of a refresh token; the family, when the token was known. */
  revokeFamilyOfToken: defineQuery([HASH], (tokenHash: string) =>
    qb
      .updateTable('refresh_session')
      .set({ revoked_at: sql`now()` })
      .where('family_id', '=', (db) => db.selectFrom('refresh_session').select('family_id').where('token_hash', '=', tokenHash))
      .where('revoked_at', 'is', null)
      .returning('family_id'),
  ),
  /** Ends one refresh token of the user; its family, when it was still valid. */
  revokeToken: defineQuery([HASH, ID], (tokenHash: string, userId: string) =>
    qb
      .updateTable('refresh_session')
      .set({ revoked_at: sql`now()` })
      .where('token_hash', '=', tokenHash)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning('family_id'),
  ),
  addSession: defineQuery(
    [ID, ID, ID, HASH, new Date('2031-03-10T00:00:00Z'), false, ID],
    (userId: string, familyId: string, activeTenant: string | null, tokenHash: string, expiresAt: Date, secondFactorSetup: boolean, ssoTenant: string | null) =>
      qb.insertInto('refresh_session').values({
        user_id: userId, family_id: familyId, active_tenant: activeTenant, token_hash: tokenHash, expires_at: expiresAt, second_factor_setup: secondFactorSetup, sso_tenant: ssoTenant,
      }),
  ),
  /** The municipality whose provider made the session family (every token of a family has the same). */
  familySsoTenant: defineQuery([ID, ID], (familyId: string, userId: string) =>
    qb.selectFrom('refresh_session').select('sso_tenant').where('family_id', '=', familyId).where('user_id', '=', userId).limit(1),
  ),
  /** Every enabled login of a municipality's own, by municipality name. */
  loginProviders: defineQuery([], () =>
    qb
      .selectFrom(sql<LoginProviderRow>`login_providers()`.as('p'))
      .select(['p.tenant_id', 'p.slug', 'p.name', 'p.kind', 'p.email_domains', 'p.sso_required']),
  ),
};

export type MeRow = Awaited<ReturnType<typeof authRepository.me>>[number];

/**
 * What logins and sessions read and write. refresh_session is platform data without row-level security; a user's
 * own rows are read in the user's context without a tenant. Steps outside a transaction are one round trip each.
 */
export const authRepository = {
  async credentials(dataSource: DataSource, email: string): Promise<CredentialsRow | undefined> {
    const [row] = await runQueryInContext(dataSource, NO_CONTEXT, authQueries.credentials(email));
    return row;
  },

  me(dataSource: DataSource, userId: string) {
    return runQueryInContext(dataSource, { tenantId: null, userId }, authQueries.me(userId));
  },

  /** `me` inside a transaction: the user's own row, or a member's in the municipality's context. */
  meIn(em: EntityManager, userId: string) {
    return runQuery(em, authQueries.me(userId));
  },

  /** When the user logs in to or switches to a municipality: the tenant admin sees it on the users page. */
  async recordLogin(dataSource: DataSource, userId: string, tenantId: string): Promise<void> {
    await runQueryInContext(dataSource, { tenantId, userId }, authQueries.recordLogin(userId));
  },

  memberships(em: EntityManager, userId: string): Promise<MembershipRow[]> {
    return runQuery(em, authQueries.memberships(userId));
  },

  async user(em: EntityManager, userId: string): Promise<{ default_tenant_id: string | null; is_operator: boolean } | undefined> {
    const [row] = await runQuery(em, authQueries.user(userId));
    return row;
  },

  async setDefaultTenant(em: EntityManager, userId: string, tenantId: string): Promise<void> {
    await runWrite(em, authQueries.setDefaultTenant(userId, tenantId));
  },

  /** The session of a refresh token, locked until the transaction ends. */
  async lockSession(em: EntityManager, tokenHash: string): Promise<SessionRow | undefined> {
    const [row] = await runQuery(em, authQueries.lockSession(tokenHash));
    return row;
  },

  async revokeSession(em: EntityManager, sessionId: string): Promise<void> {
    await runWrite(em, authQueries.revokeSession(sessionId));
  },

  async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await runWrite(em, authQueries.revokeFamily(familyId));
  },

  async revokeFamilyNow(dataSource: DataSource, familyId: string): Promise<void> {
    await runQueryInContext(dataSource, NO_CONTEXT, authQueries.revokeFamily(familyId));
  },

  async revokeFamilyOfToken(dataSource: DataSource, tokenHash: string): Promise<string[]> {
    return (await runQueryInContext(dataSource, NO_CONTEXT, authQueries.revokeFamilyOfToken(tokenHash))).map((row) => row.family_id);
  },

  async revokeToken(dataSource: DataSource, tokenHash: string, userId: string): Promise<string | undefined> {
    const [row] = await runQueryInContext(dataSource, NO_CONTEXT, authQueries.revokeToken(tokenHash, userId));
    return row?.family_id;
  },

  async addSession(
    dataSource: DataSource,
    session: { userId: string; familyId: string; activeTenant: string | null; tokenHash: string; expiresAt: Date; secondFactorSetup: boolean; ssoTenant: string | null },
  ): Promise<void> {
    const { userId, familyId, activeTenant, tokenHash, expiresAt, secondFactorSetup, ssoTenant } = session;
    await runQueryInContext(dataSource, NO_CONTEXT, authQueries.addSession(userId, familyId, activeTenant, tokenHash, expiresAt, secondFactorSetup, ssoTenant));
  },

  async familySsoTenant(dataSource: DataSource, familyId: string, userId: string): Promise<string | null> {
    const [row] = await runQueryInContext(dataSource, NO_CONTEXT, authQueries.familySsoTenant(familyId, userId));
    return row?.sso_tenant ?? null;
  },

  loginProviders(dataSource: DataSource): Promise<LoginProviderRow[]> {
    return runQueryInContext(dataSource, NO_CONTEXT, authQueries.loginProviders());
  },
};
