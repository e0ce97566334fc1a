/**
 * Database roles. Migrations run as the owner; API and worker connect as the app role,
 * which owns nothing and cannot bypass row-level security.
 */
export const OWNER_ROLE = 'raadgiver_owner';
export const APP_ROLE = 'raadgiver_app';
/**
 * Owns only the two search functions (inquiry_ids_matching, citizen_ids_matching): NOLOGIN, and
 * BYPASSRLS so their trigram searches can use the trigram indexes, which row-level security rules
 * out for ILIKE (not a leakproof operator). It may read four columns of two tables.
 */
export const SEARCH_ROLE = 'raadgiver_search';
