/**
 * Database roles. Migrations run as the owner; API and worker connect as the app role,
 * which owns nothing and cannot bypass row-level security.
 */
export const OWNER_ROLE = 'raadgiver_owner';
export const APP_ROLE = 'raadgiver_app';
