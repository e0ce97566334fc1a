/**
 * Where the browser tests' product listens. Several runs can share a machine (two checkouts, say): E2E_SLOT (0 by
 * default) moves each run's ports by ten and gives it a database (and with it a Redis namespace) of its own.
 */
export const E2E_SLOT = Number(process.env.E2E_SLOT ?? 0);
if (!Number.isInteger(E2E_SLOT) || E2E_SLOT < 0 || E2E_SLOT > 9) throw new Error('E2E_SLOT must be a whole number from 0 to 9');

export const ADMIN_PORT = 4300 + 10 * E2E_SLOT;
export const API_PORT = 3100 + 10 * E2E_SLOT;
/** The dev mail catcher's HTTP port: its JSON list of caught e-mails. */
export const MAIL_HTTP_PORT = 1180 + 10 * E2E_SLOT;
/** The mail catcher's SMTP port, where the worker and API send. */
export const MAIL_SMTP_PORT = 1125 + 10 * E2E_SLOT;
export const E2E_DATABASE = E2E_SLOT === 0 ? 'raadgiver_e2e' : `raadgiver_e2e_${E2E_SLOT}`;
