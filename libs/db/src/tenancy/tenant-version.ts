import { sql } from 'kysely';

/**
 * Which version of its data a tenant is at: tenant_version, moved by triggers whenever the tenant's data changes, so
 * the API keeps what it derived from that data (the catalogue cache, the inquiry list's held totals) until it moves.
 * The migrations that made the triggers (1732300000011, 1732300000013) keep their own literals, as a migration never
 * changes; `tenant-version.spec.ts` keeps them and this module the same.
 */

/** The tables whose changes move catalogue_version: the units (and their links), categories and outcomes. */
export const CATALOGUE_VERSION_TABLES = ['org_unit', 'org_unit_link', 'category', 'outcome'] as const;

/** The tables whose changes move inquiry_version. */
export const INQUIRY_VERSION_TABLES = ['inquiry', 'inquiry_category'] as const;

/**
 * The transaction setting a bulk load (the import) turns on to move tenant_version.inquiry_version once, at its end,
 * instead of with every statement: the trigger of migration 1732300000013 reads it.
 */
export const INQUIRY_VERSION_DEFERRED = 'app.inquiry_version_deferred';

/** The caller's tenant row `t` with its versions `tv` (a tenant without a tenant_version row is at 0). */
export const CALLER_TENANT_VERSIONS = sql`tenant t LEFT JOIN tenant_version tv ON tv.tenant_id = t.id`;
export const IS_CALLER_TENANT = sql<boolean>`t.id = app_tenant_id()`;

/** The catalogue's version (CALLER_TENANT_VERSIONS): what the catalogue cache holds a tenant's catalogue under. */
export const CATALOGUE_VERSION = sql<string>`coalesce(tv.catalogue_version, 0)`;

/**
 * The inquiry list's version (CALLER_TENANT_VERSIONS): its inquiries, its catalogue (a unit filter covers the unit's
 * links) and its response targets (the overdue filter), as one text. A total counted under it holds while it stands.
 */
export const INQUIRY_LIST_VERSION = sql<string>`coalesce(tv.inquiry_version, 0) || '.' || coalesce(tv.catalogue_version, 0) || '.'
          || md5(coalesce(t.settings -> 'responseTargets', 'null'::jsonb)::text)`;
