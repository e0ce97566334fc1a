import { EntityManager } from 'typeorm';
import { DEMO_INQUIRY_SEED, DemoInquiryRow, generateDemoRegistrations } from './demo-inquiries';
import { DemoTenant } from './demo-tenant';

export interface InquiriesInserted {
  citizen: number;
  inquiry: number;
  inquiry_category: number;
}

/**
 * Puts the tenant's generated demo registrations in place, inside the tenant's context. Only adds what is
 * missing, by natural key (citizen reference, inquiry reference); categories are added only to inquiries
 * this run inserted, so a second run changes nothing and later edits are kept. One multi-row statement
 * per table; main cases before follow-ups, which find their main case by reference.
 */
export async function ensureDemoInquiries(
  em: EntityManager,
  tenantId: string,
  tenant: DemoTenant,
  unitIds: Map<string, string>,
  inserted: InquiriesInserted,
  seed: number = DEMO_INQUIRY_SEED,
): Promise<void> {
  const { citizens, inquiries } = generateDemoRegistrations(tenant, seed);
  if (inquiries.length === 0) return;

  const addedCitizens: unknown[] = await em.query(
    `INSERT INTO citizen (tenant_id, reference, display_name)
     SELECT $1, t.reference, t.display_name FROM unnest($2::text[], $3::text[]) AS t(reference, display_name)
     ON CONFLICT (tenant_id, reference) DO NOTHING RETURNING id`,
    [tenantId, citizens.map((c) => c.reference), citizens.map((c) => c.displayName)],
  );
  inserted.citizen += addedCitizens.length;

  const categoryIds = await idsByName(em, 'category');
  const outcomeIds = await idsByName(em, 'outcome');
  const orgUnitIds = new Map([...unitIds].map(([name, id]) => [name.toLowerCase(), id]));
  const idOf = (ids: Map<string, string>, what: string, name: string | null): string | null => {
    if (name === null) return null;
    const id = ids.get(name.toLowerCase());
    if (!id) throw new Error(`Demo data: ${tenant.slug} has no ${what} named "${name}"`);
    return id;
  };
  const record = (row: DemoInquiryRow, n: number) => ({
    n,
    reference: row.reference,
    received_on: row.receivedOn,
    channel: row.channel,
    citizen: row.citizenReference,
    kind: row.kind,
    org_unit_id: idOf(orgUnitIds, 'org unit', row.orgUnit),
    outcome_id: idOf(outcomeIds, 'outcome', row.outcome),
    main_reference: row.mainReference,
    first_contact_on: row.firstContactOn,
    closed_on: row.closedOn,
    status: row.status,
    summary: row.summary,
  });

  const added = new Map<string, string>();
  for (const batch of [inquiries.filter((i) => i.mainReference === null), inquiries.filter((i) => i.mainReference !== null)]) {
    if (batch.length === 0) continue;
    const rows: { id: string; reference: string }[] = await em.query(
      `INSERT INTO inquiry (tenant_id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id,
                            main_inquiry_id, first_contact_on, closed_on, status, summary)
       SELECT $1, r.reference, r.received_on, r.channel, c.id, r.kind, r.org_unit_id, r.outcome_id,
              m.id, r.first_contact_on, r.closed_on, r.status, r.summary
       FROM jsonb_to_recordset($2::jsonb) AS r(n int, reference text, received_on date, channel text, citizen text,
              kind text, org_unit_id uuid, outcome_id uuid, main_reference text, first_contact_on date, closed_on date,
              status text, summary text)
       JOIN citizen c ON c.tenant_id = $1 AND c.reference = r.citizen
       LEFT JOIN inquiry m ON m.tenant_id = $1 AND m.reference = r.main_reference
       ORDER BY r.n
       ON CONFLICT (tenant_id, reference) DO NOTHING RETURNING id, reference`,
      [tenantId, JSON.stringify(batch.map(record))],
    );
    for (const row of rows) added.set(row.reference, row.id);
  }
  inserted.inquiry += added.size;

  const links = inquiries.flatMap((row) => {
    const inquiryId = added.get(row.reference);
    return inquiryId ? row.categories.map((name) => [inquiryId, idOf(categoryIds, 'category', name) as string] as const) : [];
  });
  if (links.length === 0) return;
  const addedLinks: unknown[] = await em.query(
    `INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id)
     SELECT $1, t.inquiry_id, t.category_id FROM unnest($2::uuid[], $3::uuid[]) AS t(inquiry_id, category_id)
     ON CONFLICT DO NOTHING RETURNING inquiry_id`,
    [tenantId, links.map(([inquiryId]) => inquiryId), links.map(([, categoryId]) => categoryId)],
  );
  inserted.inquiry_category += addedLinks.length;
}

/** The tenant's catalogue ids by lower-cased name (row-level security limits it to the tenant). */
async function idsByName(em: EntityManager, table: 'category' | 'outcome'): Promise<Map<string, string>> {
  const rows: { id: string; name: string }[] = await em.query(`SELECT id, name FROM ${table}`);
  return new Map(rows.map((row) => [row.name.toLowerCase(), row.id]));
}
