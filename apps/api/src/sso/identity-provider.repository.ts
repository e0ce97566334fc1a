import { defineQuery, NO_CONTEXT, qb, runQuery, runQueryInContext, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { OPEN_INVITATION } from '../users/user.repository';

const ID = '00000000-0000-4000-8000-000000000001';
const ISSUER = 'https://login.microsoftonline.com/00000000-0000-4000-8000-000000000001/v2.0';

/** The non-secret part of an OpenID Connect login, kept as the provider row's `config`. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** When the client secret was last set (ISO time); the secret itself is sealed beside it. */
  secretSetAt: string | null;
}

export interface ProviderRow {
  tenant_id: string;
  kind: string;
  config: Record<string, unknown>;
  sealed_secret: string | null;
  email_domains: string[];
  sso_required: boolean;
  enabled: boolean;
  updated_at: Date;
}

/** The queries of a municipality's identity provider and the identities it vouched for; all in the tenant's context. */
export const identityProviderQueries = {
  provider: defineQuery([], () =>
    qb
      .selectFrom('tenant_identity_provider')
      .select(['tenant_id', 'kind', 'config', 'sealed_secret', 'email_domains', 'sso_required', 'enabled', 'updated_at'])
      .where('tenant_id', '=', sql<string>`app_tenant_id()`),
  ),
  /** Creates or replaces the provider's settings; a new secret (sealed) replaces the old one in the same statement. */
  saveOidc: defineQuery(
    [{ issuer: ISSUER, clientId: 'raadgiver', secretSetAt: null }, 'v1.k.iv.tag.body', ['lejre.dk'], false, true, ID],
    (config: OidcConfig, sealedSecret: string | null, emailDomains: string[], ssoRequired: boolean, enabled: boolean, updatedBy: string) =>
      qb
        .insertInto('tenant_identity_provider')
        .values({
          tenant_id: sql<string>`app_tenant_id()`, kind: 'oidc', config: JSON.stringify(config), sealed_secret: sealedSecret,
          email_domains: emailDomains, sso_required: ssoRequired, enabled, updated_by: updatedBy, updated_at: sql<Date>`now()`,
        })
        .onConflict((oc) =>
          oc.column('tenant_id').doUpdateSet((eb) => ({
            kind: 'oidc', config: eb.ref('excluded.config'), email_domains: eb.ref('excluded.email_domains'), sso_required: eb.ref('excluded.sso_required'),
            enabled: eb.ref('excluded.enabled'), updated_by: eb.ref('excluded.updated_by'), updated_at: sql<Date>`now()`,
            // Without a new secret the stored one stays.
            sealed_secret: sql<string | null>`coalesce(excluded.sealed_secret, tenant_identity_provider.sealed_secret)`,
          })),
        )
        .returning(['tenant_id']),
  ),
  /** Re-seals the secret only if it is still the value that was read, so a concurrent new secret is not overwritten. */
  reseal: defineQuery(['v1.k.iv.tag.body', 'v1.k2.iv.tag.body'], (previous: string, resealed: string) =>
    qb
      .updateTable('tenant_identity_provider')
      .set({ sealed_secret: resealed })
      .where('tenant_id', '=', sql<string>`app_tenant_id()`)
      .where('sealed_secret', '=', previous)
      .returning('tenant_id'),
  ),
  identity: defineQuery([ISSUER, 'subject'], (issuer: string, subject: string) =>
    qb.selectFrom('user_identity').select(['user_id']).where('issuer', '=', issuer).where('subject', '=', subject),
  ),
  addIdentity: defineQuery([ISSUER, 'subject', ID], (issuer: string, subject: string, userId: string) =>
    qb.insertInto('user_identity').values({ tenant_id: sql<string>`app_tenant_id()`, issuer, subject, user_id: userId, last_login_at: sql<Date>`now()` }),
  ),
  touchIdentity: defineQuery([ISSUER, 'subject'], (issuer: string, subject: string) =>
    qb.updateTable('user_identity').set({ last_login_at: sql<Date>`now()` }).where('issuer', '=', issuer).where('subject', '=', subject),
  ),
  /** The open invitation of the context's tenant to an address, locked while it is accepted. */
  openInvitationTo: defineQuery(['person@lejre.dk'], (email: string) =>
    qb
      .selectFrom('tenant_invitation')
      .selectAll()
      .where('email', '=', email)
      .where(OPEN_INVITATION)
      .orderBy('created_at', 'desc')
      .limit(1)
      .forUpdate(),
  ),
  /** People who logged in through the tenant's provider and have no membership yet: they wait for a role. */
  awaitingAccess: defineQuery([], () =>
    qb
      .selectFrom('user_identity as i')
      .innerJoin('app_user as u', 'u.id', 'i.user_id')
      .select(['u.id', 'u.email', 'u.display_name', sql<Date | null>`max(i.last_login_at)`.as('last_login_at')])
      .where('i.tenant_id', '=', sql<string>`app_tenant_id()`)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('membership as m').select('m.user_id').whereRef('m.user_id', '=', 'i.user_id').where('m.tenant_id', '=', sql<string>`app_tenant_id()`))),
      )
      .groupBy('u.id')
      .orderBy('u.display_name'),
  ),
  /** A municipality by its slug (the tenant table is public to read); a deactivated one is not found. */
  tenantBySlug: defineQuery(['lejre'], (slug: string) => qb.selectFrom('tenant').select(['id', 'name', 'slug']).where('slug', '=', slug).where('deactivated_at', 'is', null)),
  tenantById: defineQuery([ID], (id: string) => qb.selectFrom('tenant').select(['id', 'name', 'slug']).where('id', '=', id)),
  allTenantIds: defineQuery([], () => qb.selectFrom('tenant').select('id').orderBy('id')),
  /** Whether the account of an address has an identity at the context tenant's provider. */
  hasIdentityByEmail: defineQuery(['person@lejre.dk'], (email: string) =>
    qb
      .selectFrom('user_identity as i')
      .innerJoin('app_user as u', 'u.id', 'i.user_id')
      .select(sql<number>`1`.as('one'))
      .where('i.tenant_id', '=', sql<string>`app_tenant_id()`)
      .where('u.email', '=', email)
      .limit(1),
  ),
  /** Whether the user has an identity at the context tenant's provider. */
  hasIdentity: defineQuery([ID], (userId: string) =>
    qb.selectFrom('user_identity').select(sql<number>`1`.as('one')).where('tenant_id', '=', sql<string>`app_tenant_id()`).where('user_id', '=', userId).limit(1),
  ),
};

export type OpenInvitationRow = Awaited<ReturnType<typeof identityProviderRepository.openInvitationTo>>;

/** What the identity-provider settings and logins read and write, in the caller's transaction under RLS. */
export const identityProviderRepository = {
  async provider(em: EntityManager): Promise<ProviderRow | undefined> {
    const [row] = await runQuery(em, identityProviderQueries.provider());
    return row as ProviderRow | undefined;
  },

  async saveOidc(
    em: EntityManager,
    settings: { config: OidcConfig; sealedSecret: string | null; emailDomains: string[]; ssoRequired: boolean; enabled: boolean; updatedBy: string },
  ): Promise<void> {
    const { config, sealedSecret, emailDomains, ssoRequired, enabled, updatedBy } = settings;
    await runWrite(em, identityProviderQueries.saveOidc(config, sealedSecret, emailDomains, ssoRequired, enabled, updatedBy));
  },

  async reseal(em: EntityManager, previous: string, resealed: string): Promise<boolean> {
    return (await runQuery(em, identityProviderQueries.reseal(previous, resealed))).length > 0;
  },

  async identity(em: EntityManager, issuer: string, subject: string): Promise<string | null> {
    const [row] = await runQuery(em, identityProviderQueries.identity(issuer, subject));
    return row?.user_id ?? null;
  },

  async addIdentity(em: EntityManager, issuer: string, subject: string, userId: string): Promise<void> {
    await runWrite(em, identityProviderQueries.addIdentity(issuer, subject, userId));
  },

  async touchIdentity(em: EntityManager, issuer: string, subject: string): Promise<void> {
    await runWrite(em, identityProviderQueries.touchIdentity(issuer, subject));
  },

  async openInvitationTo(em: EntityManager, email: string) {
    const [row] = await runQuery(em, identityProviderQueries.openInvitationTo(email));
    return row;
  },

  awaitingAccess(em: EntityManager) {
    return runQuery(em, identityProviderQueries.awaitingAccess());
  },

  async tenantBySlug(dataSource: DataSource, slug: string): Promise<{ id: string; name: string; slug: string } | undefined> {
    const [row] = await runQueryInContext(dataSource, NO_CONTEXT, identityProviderQueries.tenantBySlug(slug));
    return row;
  },

  async tenantById(dataSource: DataSource, id: string): Promise<{ id: string; name: string; slug: string } | undefined> {
    const [row] = await runQueryInContext(dataSource, NO_CONTEXT, identityProviderQueries.tenantById(id));
    return row;
  },

  async allTenantIds(dataSource: DataSource): Promise<string[]> {
    return (await runQueryInContext(dataSource, NO_CONTEXT, identityProviderQueries.allTenantIds())).map((row) => row.id);
  },

  async hasIdentityByEmail(em: EntityManager, email: string): Promise<boolean> {
    return (await runQuery(em, identityProviderQueries.hasIdentityByEmail(email))).length > 0;
  },

  async hasIdentity(em: EntityManager, userId: string): Promise<boolean> {
    return (await runQuery(em, identityProviderQueries.hasIdentity(userId))).length > 0;
  },
};
