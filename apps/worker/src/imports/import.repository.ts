import { INQUIRY_VERSION_DEFERRED } from '@raadgiver/db';
import { EntityManager } from 'typeorm';
import { ImportCatalog } from './resolve-import';

/** A new inquiry as one row of a multi-row INSERT. */
export interface NewInquiryRow {
  id: string;
  reference: string;
  receivedOn: string;
  channel: string;
  citizenId: string | undefined;
  kind: string;
  orgUnitId: string | null;
  outcomeId: string | null;
  mainInquiryId: string | null;
  firstContactOn: string | null;
  closedOn: string | null;
  summary: string;
}

/**
 * The SQL an import reads the tenant's data with and stores a file with: each method runs in the caller's
 * transaction, under the tenant's RLS, as one statement over arrays (unnest) however many rows it gets.
 */
export const importRepository = {
  /** The units, categories and outcomes, and the inquiries with the given references, to resolve a file against. */
  async catalog(em: EntityManager, references: string[]): Promise<ImportCatalog> {
    // One after another: the queries share the transaction's connection.
    const orgUnits = await em.query<{ id: string; name: string; short_name: string | null; closed: boolean }[]>(
      'SELECT id, name, short_name, valid_to IS NOT NULL AS closed FROM org_unit',
    );
    const categories = await em.query<{ id: string; name: string }[]>('SELECT id, name FROM category');
    const outcomes = await em.query<{ id: string; name: string }[]>('SELECT id, name FROM outcome');
    const inquiries = await em.query<{ id: string; reference: string; citizen_reference: string }[]>(
      `SELECT i.id, i.reference, c.reference AS citizen_reference
         FROM inquiry i JOIN citizen c ON c.tenant_id = i.tenant_id AND c.id = i.citizen_id
        WHERE i.tenant_id = app_tenant_id() AND i.reference = ANY($1::text[])`,
      [references],
    );
    return {
      orgUnits: orgUnits.map((u) => ({ id: u.id, name: u.name, shortName: u.short_name, closed: u.closed })),
      categories,
      outcomes,
      existingInquiries: new Map(inquiries.map((i) => [i.reference, { id: i.id, citizenReference: i.citizen_reference }])),
    };
  },

  /** New top-level departments after the existing ones, each with its "created" event; ids by lower-cased name. */
  async createOrgUnits(em: EntityManager, tenantId: string, actorId: string, units: { name: string; validFrom: string }[]): Promise<Map<string, string>> {
    if (units.length === 0) return new Map();
    const [{ next }] = await em.query<{ next: number }[]>(
      'SELECT coalesce(max(sort_order) + 1, 0) AS next FROM org_unit WHERE tenant_id = $1 AND parent_id IS NULL',
      [tenantId],
    );
    const created = await em.query<{ id: string; name: string; valid_from: string }[]>(
      `INSERT INTO org_unit (tenant_id, name, kind, valid_from, sort_order)
       SELECT $1, u.name, 'department', u.valid_from, $4 + u.ord - 1
         FROM unnest($2::text[], $3::date[]) WITH ORDINALITY AS u(name, valid_from, ord)
       RETURNING id, name, to_char(valid_from, 'YYYY-MM-DD') AS valid_from`,
      [tenantId, units.map((u) => u.name), units.map((u) => u.validFrom), next],
    );
    await em.query(
      `INSERT INTO org_unit_event (tenant_id, org_unit_id, action, to_name, effective_date, actor_id)
       SELECT $1, u.id, 'created', u.name, u.valid_from, $4 FROM unnest($2::uuid[], $3::text[], $5::date[]) AS u(id, name, valid_from)`,
      [tenantId, created.map((u) => u.id), created.map((u) => u.name), actorId, created.map((u) => u.valid_from)],
    );
    return new Map(created.map((unit) => [unit.name.trim().toLowerCase(), unit.id]));
  },

  /** New categories or outcomes (national code "other") after the existing ones; ids by lower-cased name. */
  async createCatalogEntries(em: EntityManager, tenantId: string, table: 'category' | 'outcome', names: string[]): Promise<Map<string, string>> {
    if (names.length === 0) return new Map();
    const [{ next }] = await em.query<{ next: number }[]>(`SELECT coalesce(max(sort_order) + 1, 0) AS next FROM ${table} WHERE tenant_id = $1`, [tenantId]);
    const rows = await em.query<{ id: string; name: string }[]>(
      `INSERT INTO ${table} (tenant_id, name, national_code, sort_order)
       SELECT $1, n.name, 'other', $3 + n.ord - 1 FROM unnest($2::text[]) WITH ORDINALITY AS n(name, ord) RETURNING id, name`,
      [tenantId, names, next],
    );
    return new Map(rows.map((row) => [row.name.trim().toLowerCase(), row.id]));
  },

  /** Citizens by reference, the missing ones created with the reference as display name (a pseudonym). */
  async ensureCitizens(em: EntityManager, tenantId: string, references: string[]): Promise<{ created: number; ids: { id: string; reference: string }[] }> {
    const created = await em.query<unknown[]>(
      `INSERT INTO citizen (tenant_id, reference, display_name) SELECT $1, r, left(r, 200) FROM unnest($2::text[]) AS r
       ON CONFLICT (tenant_id, reference) DO NOTHING RETURNING id`,
      [tenantId, references],
    );
    const ids = await em.query<{ id: string; reference: string }[]>('SELECT id, reference FROM citizen WHERE tenant_id = $1 AND reference = ANY($2::text[])', [
      tenantId, references,
    ]);
    return { created: created.length, ids };
  },

  /** Inserts the inquiries whose reference is new; the ids of those inserted. */
  async insertInquiries(em: EntityManager, tenantId: string, rows: NewInquiryRow[]): Promise<string[]> {
    const column = <T>(pick: (row: NewInquiryRow) => T) => rows.map(pick);
    const inserted = await em.query<{ id: string }[]>(
      `INSERT INTO inquiry (tenant_id, id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id, main_inquiry_id,
                            first_contact_on, closed_on, status, summary)
       SELECT $1, r.id, r.reference, r.received_on, r.channel, r.citizen_id, r.kind, r.org_unit_id, r.outcome_id, r.main_inquiry_id,
              r.first_contact_on, r.closed_on, CASE WHEN r.closed_on IS NULL THEN 'open' ELSE 'closed' END, r.summary
         FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[], $6::uuid[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[], $11::date[], $12::date[], $13::text[])
           AS r(id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id, main_inquiry_id, first_contact_on, closed_on, summary)
       ON CONFLICT (tenant_id, reference) DO NOTHING
       RETURNING id`,
      [
        tenantId, column((r) => r.id), column((r) => r.reference), column((r) => r.receivedOn), column((r) => r.channel), column((r) => r.citizenId),
        column((r) => r.kind), column((r) => r.orgUnitId), column((r) => r.outcomeId), column((r) => r.mainInquiryId), column((r) => r.firstContactOn),
        column((r) => r.closedOn), column((r) => r.summary),
      ],
    );
    return inserted.map((row) => row.id);
  },

  async linkCategories(em: EntityManager, tenantId: string, links: (readonly [inquiryId: string, categoryId: string | null])[]): Promise<void> {
    if (links.length === 0) return;
    await em.query('INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id) SELECT $1, l.i, l.c FROM unnest($2::uuid[], $3::uuid[]) AS l(i, c)', [
      tenantId, links.map(([i]) => i), links.map(([, c]) => c),
    ]);
  },

  /** Points follow-ups at main cases stored after them. */
  async linkMainInquiries(em: EntityManager, tenantId: string, links: [id: string, mainId: string][]): Promise<void> {
    await em.query(`UPDATE inquiry i SET main_inquiry_id = f.main FROM unnest($2::uuid[], $3::uuid[]) AS f(id, main) WHERE i.tenant_id = $1 AND i.id = f.id`, [
      tenantId, links.map(([id]) => id), links.map(([, main]) => main),
    ]);
  },

  /** Holds the tenant's inquiry version back until moveInquiryVersion, so the import takes its row only at the end. */
  async deferInquiryVersion(em: EntityManager): Promise<void> {
    await em.query(`SELECT set_config('${INQUIRY_VERSION_DEFERRED}', 'on', true)`);
  },

  async moveInquiryVersion(em: EntityManager): Promise<void> {
    await em.query(`SELECT set_config('${INQUIRY_VERSION_DEFERRED}', '', true), inquiry_version_moved()`);
  },
};
