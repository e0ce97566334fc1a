import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { OwnPostgres } from '@raadgiver/testing';
import { Session, TestClient } from './test-api';

/*
 * What the fault tests send and check: registrations of inquiries (the admin's createInquiry, with two categories, so
 * that one registration writes rows in three tables), each with a reference of its own to find it by, and what came
 * of each one, held against what PostgreSQL stored.
 */

export const REGISTER_INQUIRY = 'mutation Register($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference } }';

/** Longer than any answer of a loaded API on a slow machine; a request still unanswered then hangs. */
export const REQUEST_TIMEOUT_MS = 10_000;

interface GraphqlBody {
  data?: Record<string, { id?: string; reference?: string } | null> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; messageCode?: string; stacktrace?: unknown } }[];
}

/** What came back for one request: an answer, no connection (refused or reset: the API is gone), or nothing in time. */
export type Outcome =
  | { kind: 'answered'; status: number; body: GraphqlBody; text: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'timed_out' };

/** A GraphQL request to `url` as `session`, bounded by `timeoutMs`. */
export async function send(url: string, query: string, variables: Record<string, unknown>, session: Session, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: GraphqlBody;
    try {
      body = JSON.parse(text) as GraphqlBody;
    } catch {
      body = {};
    }
    return { kind: 'answered', status: response.status, body, text };
  } catch (error) {
    // By shape: fetch's errors come from Node's realm, not the test's.
    const { name, cause } = error as { name?: string; cause?: { code?: string; message?: string } };
    if (name === 'TimeoutError') return { kind: 'timed_out' };
    return { kind: 'unreachable', reason: cause?.code ?? cause?.message ?? String(error) };
  }
}

/** The id of a registration the API acknowledged: 200, its id, no error. */
export function acknowledgedId(outcome: Outcome, reference: string): string | null {
  if (outcome.kind !== 'answered' || outcome.status !== 200 || outcome.body.errors?.length) return null;
  const inquiry = outcome.body.data?.createInquiry;
  return inquiry?.id && inquiry.reference === reference ? inquiry.id : null;
}

/** An answer that says the reference is taken: what a retry of a registration that was stored gets. */
export function isReferenceTaken(outcome: Outcome): boolean {
  return outcome.kind === 'answered' && outcome.body.errors?.some((e) => e.extensions?.code === 'CONFLICT' && e.extensions.field === 'reference') === true;
}

/** A short description of an outcome for a failure message (codes and statuses only, never a body's data). */
export function outcomeText(outcome: Outcome): string {
  if (outcome.kind !== 'answered') return outcome.kind === 'unreachable' ? `unreachable (${outcome.reason})` : 'timed out';
  return `${outcome.status} ${outcome.body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') ?? 'ok'}`;
}

/** A citizen of Lejre and two of its categories: what every registration of a test is about. */
export interface RegistrationSubject {
  citizenId: string;
  categoryIds: string[];
}

export async function registrationSubject(api: TestClient, db: OwnPostgres, session: Session): Promise<RegistrationSubject> {
  const { rows } = await db.admin.query<{ id: string }>(
    `SELECT id FROM category WHERE tenant_id = (SELECT id FROM tenant WHERE slug = 'lejre') AND active ORDER BY sort_order, name LIMIT 2`,
  );
  if (rows.length !== 2) throw new Error('Lejre has fewer than two active categories');
  return { citizenId: await api.createCitizen(session, `B-${randomUUID().slice(0, 8)}`), categoryIds: rows.map((r) => r.id) };
}

export function registrationVariables(reference: string, subject: RegistrationSubject): Record<string, unknown> {
  return {
    input: { reference, receivedOn: '2026-11-02', channel: 'PHONE', citizenId: subject.citizenId, kind: 'GUIDANCE', categoryIds: subject.categoryIds, summary: 'Spørgsmål om ydelse' },
  };
}

/** What came of each registration a test sent, by reference. */
export class RegistrationLedger {
  /** A prefix of every reference of this ledger, so that its registrations are told from the seed's. */
  readonly prefix = `F${randomUUID().slice(0, 6)}`;
  private next = 0;
  readonly sent = new Set<string>();
  readonly acknowledged = new Map<string, string>();
  /** Sent, and no acknowledgement: why (an outcome's description). */
  readonly unacknowledged = new Map<string, string>();

  newReference(): string {
    const reference = `${this.prefix}-${++this.next}`;
    this.sent.add(reference);
    return reference;
  }

  acknowledge(reference: string, id: string): void {
    this.acknowledged.set(reference, id);
    this.unacknowledged.delete(reference);
  }

  refuse(reference: string, why: string): void {
    if (!this.acknowledged.has(reference)) this.unacknowledged.set(reference, why);
  }
}

interface StoredRegistration {
  id: string;
  reference: string;
  /** Its inquiry.created audit rows and its category rows: written in the registration's transaction. */
  audits: number;
  categories: number;
}

/** The ledger's registrations as PostgreSQL holds them, read past row-level security on a connection of its own. */
async function storedRegistrations(db: OwnPostgres, ledger: RegistrationLedger): Promise<StoredRegistration[]> {
  // The harness's own admin connection does not outlive a crash of the server.
  const client = new Client({ connectionString: db.adminUrl.replace(/\/postgres$/, `/${db.name}`) });
  await client.connect();
  try {
    const { rows } = await client.query<StoredRegistration>(
      `SELECT i.id, i.reference,
              (SELECT count(*)::int FROM audit_event a WHERE a.tenant_id = i.tenant_id AND a.subject_id = i.id AND a.action = 'inquiry.created') AS audits,
              (SELECT count(*)::int FROM inquiry_category c WHERE c.tenant_id = i.tenant_id AND c.inquiry_id = i.id) AS categories
         FROM inquiry i WHERE i.reference LIKE $1`,
      [`${ledger.prefix}-%`],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * The ledger against the database: the counts, every acknowledged registration not stored as acknowledged (lost),
 * every stored one without its audit row or categories (half stored), and every stored one never sent.
 */
export async function reconcile(db: OwnPostgres, ledger: RegistrationLedger) {
  const stored = await storedRegistrations(db, ledger);
  const byReference = new Map(stored.map((row) => [row.reference, row]));
  return {
    sent: ledger.sent.size,
    acknowledged: ledger.acknowledged.size,
    unacknowledged: ledger.unacknowledged.size,
    stored: stored.length,
    storedUnacknowledged: stored.filter((row) => !ledger.acknowledged.has(row.reference)).length,
    lost: [...ledger.acknowledged].filter(([reference, id]) => byReference.get(reference)?.id !== id).map(([reference]) => reference),
    halfStored: stored.filter((row) => row.audits !== 1 || row.categories !== 2),
    neverSent: stored.filter((row) => !ledger.sent.has(row.reference)).map((row) => row.reference),
  };
}

/**
 * Resolves once `check` holds. Deadlines are generous, as the machine may be slow: this waits, it does not time. The
 * error names `state()`, what the test has seen so far.
 */
export async function until(what: string, timeoutMs: number, check: () => boolean, state: () => unknown = () => null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Not ${what} within ${timeoutMs / 1000} s; so far: ${JSON.stringify(state())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sessions of `count` new advisors of Lejre, one client each: logins of one account would wait for its codes in turn. */
export async function advisorSessions(api: TestClient, count: number, name: string): Promise<Session[]> {
  const emails = Array.from({ length: count }, (_, i) => `${name}${i}@lejre.demo`);
  // One after another: the users are written through the harness's single database connection.
  for (const [i, email] of emails.entries()) await api.addUser({ tenantSlug: 'lejre', email, displayName: `Rådgiver ${i}`, roles: ['advisor'] });
  return Promise.all(emails.map((email) => api.login(email)));
}
