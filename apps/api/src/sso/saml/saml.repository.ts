import { defineQuery, NO_CONTEXT, qb, runQuery, runQueryInContext, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { SamlProviderConfig } from './saml-provider-config';

const ID = '00000000-0000-4000-8000-000000000001';
const ISSUER = 'https://saml.adgangsstyring.stoettesystemerne.dk';
const EXAMPLE_CONFIG: SamlProviderConfig = {
  idpEntityId: ISSUER, idpSsoUrl: `${ISSUER}/runtime/saml2/issue.idp`, idpCertificates: ['-----BEGIN CERTIFICATE-----'], encryptedAssertions: false,
  spCertificate: '-----BEGIN CERTIFICATE-----', privilegeAttribute: 'dk:gov:saml:attribute:Privileges_intermediate', privilegeMap: [],
};

/** The municipality a SAML route names, when it exists and is active. */
export interface SamlTenant {
  id: string;
  slug: string;
  name: string;
}

/** The stored SAML settings of the context's tenant; the private key still sealed. */
export interface StoredSamlProvider {
  config: SamlProviderConfig;
  sealedSecret: string | null;
  enabled: boolean;
  updatedAt: Date;
}

/** The queries of SAML logins and settings (their SQL is in saml.repository.sql, checked by `npm test`). */
export const samlQueries = {
  /** Every municipality's name and slug are public (tenant_public_read); an SP exists only for an active one. */
  tenantBySlug: defineQuery(['lejre'], (slug: string) =>
    qb.selectFrom('tenant').select(['id', 'slug', 'name']).where('slug', '=', slug).where('deactivated_at', 'is', null),
  ),
  slugOf: defineQuery([ID], (tenantId: string) => qb.selectFrom('tenant').select('slug').where('id', '=', tenantId)),
  /** The context's tenant's provider when it is SAML (RLS picks the one row). */
  provider: defineQuery([], () =>
    qb.selectFrom('tenant_identity_provider').select(['config', 'sealed_secret as sealedSecret', 'enabled', 'updated_at as updatedAt']).where('kind', '=', 'saml'),
  ),
  /** Sets the tenant's provider to SAML; e-mail domains and whether SSO is required stay as they were. */
  saveProvider: defineQuery([ID, ID, EXAMPLE_CONFIG, 'v1.k.iv.tag.body', true], (tenantId: string, userId: string, config: SamlProviderConfig, sealedSecret: string, enabled: boolean) =>
    qb
      .insertInto('tenant_identity_provider')
      .values({ tenant_id: tenantId, kind: 'saml', config: JSON.stringify(config), sealed_secret: sealedSecret, enabled, updated_by: userId })
      .onConflict((conflict) =>
        conflict.column('tenant_id').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'), config: eb.ref('excluded.config'), sealed_secret: eb.ref('excluded.sealed_secret'), enabled: eb.ref('excluded.enabled'),
          updated_by: eb.ref('excluded.updated_by'), updated_at: sql<Date>`now()`,
        })),
      ),
  ),
  /** A person the provider vouched for the first time: no password, an address of their own that is never an e-mail claim. */
  addUser: defineQuery([ID, 'saml.x@sso.invalid', 'Navn'], (id: string, email: string, displayName: string) =>
    qb.insertInto('app_user').values({ id, email, display_name: displayName, password_hash: null }),
  ),
  /** The user's roles and contact units in the context's tenant. */
  membership: defineQuery([ID], (userId: string) =>
    qb
      .selectFrom('membership as m')
      .select(sql<string[]>`array_agg(DISTINCT m.role ORDER BY m.role)`.as('roles'))
      .select((eb) =>
        eb
          .selectFrom('membership_org_unit as mo')
          .select(sql<string[]>`coalesce(array_agg(mo.org_unit_id::text ORDER BY mo.org_unit_id), '{}')`.as('ids'))
          .where('mo.user_id', '=', userId)
          .where('mo.tenant_id', '=', sql<string>`app_tenant_id()`)
          .as('org_unit_ids'),
      )
      .where('m.user_id', '=', userId)
      .where('m.tenant_id', '=', sql<string>`app_tenant_id()`),
  ),
};

/** What SAML logins and settings read and write, in the caller's transaction under the tenant's RLS. */
export const samlRepository = {
  async tenantBySlug(dataSource: DataSource, slug: string): Promise<SamlTenant | undefined> {
    const [row] = await runQueryInContext(dataSource, NO_CONTEXT, samlQueries.tenantBySlug(slug));
    return row;
  },

  async slugOf(em: EntityManager, tenantId: string): Promise<string> {
    const [row] = await runQuery(em, samlQueries.slugOf(tenantId));
    return row.slug;
  },

  async provider(em: EntityManager): Promise<StoredSamlProvider | undefined> {
    const [row] = await runQuery(em, samlQueries.provider());
    return row ? { ...row, config: row.config as unknown as SamlProviderConfig } : undefined;
  },

  async saveProvider(em: EntityManager, tenantId: string, userId: string, config: SamlProviderConfig, sealedSecret: string, enabled: boolean): Promise<void> {
    await runWrite(em, samlQueries.saveProvider(tenantId, userId, config, sealedSecret, enabled));
  },


  async addUser(em: EntityManager, id: string, email: string, displayName: string): Promise<void> {
    await runWrite(em, samlQueries.addUser(id, email, displayName));
  },

  async membership(em: EntityManager, userId: string): Promise<{ roles: string[]; orgUnitIds: string[] }> {
    const [row] = await runQuery(em, samlQueries.membership(userId));
    return { roles: (row?.roles ?? []).filter(Boolean), orgUnitIds: row?.org_unit_ids ?? [] };
  },
};
