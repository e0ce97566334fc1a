/**
 * Database roles. Migrations run as the owner; API and worker connect as the app role,
 * which owns nothing and cannot bypass row-level security.
 */
export const OWNER_ROLE = 'raadgiver_owner';
export const APP_ROLE = 'raadgiver_app';
/**
 * Owns only the two search functions (inquiry_ids_matching, citizen_ids_matching) and the operator's counts of the
 * municipalities' use (tenant_usage): NOLOGIN, and BYPASSRLS so the trigram searches can use the trigram indexes, which
 * row-level security rules out for ILIKE (not a leakproof operator), and the counts can span tenants. It may read
 * only the columns those functions need.
 */
export const SEARCH_ROLE = 'raadgiver_search';
/**
 * Owns only the retention functions (retention_anonymise_inquiry, retention_erase_citizen, retention_purge_audit, ...):
 * NOLOGIN and without BYPASSRLS, so it works under the caller's tenant context. It alone may delete audit events (a
 * trigger refuses every other role), and only through those functions; the app role may only EXECUTE them.
 */
export const RETENTION_ROLE = 'raadgiver_retention';
