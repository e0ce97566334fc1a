/**
 * Generated registrations for the benchmarks (the inquiry list and the report figures): inquiries over given
 * periods in one tenant, over its units, categories, outcomes and kinds, inserted with generate_series as the app role inside the tenant's context (RLS applies as in
 * production). No follow-ups (a self-join UPDATE to link them did not finish in 8 min; see README). Then VACUUM ANALYZE as
 * the superuser, as autovacuum would in production.
 */
import { Client } from 'pg';
import { createDataSource, inContext } from '@raadgiver/db';

export interface GeneratedYears {
  tenantSlug: string;
  year: number;
  count: number;
  comparisonCount: number;
}

const INSERT_INQUIRIES = `
  WITH units AS (SELECT array_agg(id ORDER BY name) AS ids FROM org_unit),
       outcomes AS (SELECT array_agg(id ORDER BY name) AS ids FROM outcome WHERE active),
       citizens AS (SELECT array_agg(id ORDER BY reference) AS ids FROM citizen WHERE reference LIKE 'BENCH-B%'),
       rows AS (
         SELECT n, $2::date + (n * 7919 % ($3::date - $2::date + 1)) AS received,
                (ARRAY['complaint','complaint','guidance','wayfinding','information','complaint','other'])[1 + n % 7] AS kind
           FROM generate_series($4::int, $5::int) n)
  INSERT INTO inquiry (tenant_id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id,
                       first_contact_on, closed_on, status, summary)
  SELECT $1, 'BENCH-' || lpad(r.n::text, 7, '0'), r.received,
         (ARRAY['phone','email','letter','meeting','digital_post','other'])[1 + r.n % 6],
         c.ids[1 + r.n % cardinality(c.ids)], r.kind,
         CASE WHEN r.n % 20 = 0 THEN NULL ELSE u.ids[1 + r.n % cardinality(u.ids)] END,
         CASE WHEN r.n % 5 = 0 THEN NULL ELSE o.ids[1 + r.n % cardinality(o.ids)] END,
         CASE WHEN r.n % 9 = 0 THEN NULL ELSE r.received + (r.n % 15) END,
         CASE WHEN r.n % 11 = 0 THEN NULL ELSE r.received + 5 + (r.n % 60) END,
         CASE WHEN r.n % 11 = 0 THEN 'open' ELSE 'closed' END,
         'Henvendelse ' || r.n || ' om sagsbehandlingstid, partshøring og vejledning i forbindelse med en afgørelse.'
    FROM rows r, units u, outcomes o, citizens c`;

/** Received dates spread over `from`–`to` (both included); `count` inquiries. */
export interface GeneratedPeriod {
  from: string;
  to: string;
  count: number;
}

/**
 * Adds generated citizens and inquiries (one period after another, complaints with one or two categories) to a
 * tenant as the app role in its context, then VACUUM ANALYZE and a CHECKPOINT as the superuser, so a measurement
 * neither plans on stale statistics nor meets the bulk load's dirty pages being written.
 */
export async function generateInquiries(appUrl: string, adminUrl: string, database: string, tenantSlug: string, periods: readonly GeneratedPeriod[]): Promise<number> {
  const total = periods.reduce((sum, period) => sum + period.count, 0);
  const citizens = Math.max(1, Math.round(total / 1.5));
  const ds = createDataSource({ url: appUrl, poolSize: 1, applicationName: 'raadgiver-bench' });
  await ds.initialize();
  try {
    const [tenant] = await ds.query<{ id: string }[]>('SELECT id FROM tenant WHERE slug = $1', [tenantSlug]);
    await inContext(ds, { tenantId: tenant.id, userId: null }, async (em) => {
      await em.query(
        `INSERT INTO citizen (tenant_id, reference, display_name)
         SELECT $1, 'BENCH-B' || n, 'Borger ' || n FROM generate_series(1, $2::int) n`,
        [tenant.id, citizens],
      );
      let first = 1;
      for (const period of periods) {
        await em.query(INSERT_INQUIRIES, [tenant.id, period.from, period.to, first, first + period.count - 1]);
        first += period.count;
      }
      await em.query(
        `WITH categories AS (SELECT array_agg(id ORDER BY name) AS ids FROM category WHERE active)
         INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id)
         SELECT DISTINCT $1::uuid, i.id, c.ids[1 + k.k % cardinality(c.ids)]
           FROM inquiry i CROSS JOIN categories c
           CROSS JOIN LATERAL (SELECT substr(i.reference, 7)::int + g AS k FROM generate_series(0, substr(i.reference, 7)::int % 2) g) k
          WHERE i.reference LIKE 'BENCH-%' AND i.kind = 'complaint'`,
        [tenant.id],
      );
    });
  } finally {
    await ds.destroy();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query('VACUUM ANALYZE citizen, inquiry, inquiry_category');
    await admin.query('CHECKPOINT');
  } finally {
    await admin.end();
  }
  return citizens;
}

/** `count` inquiries received in `year` and `comparisonCount` in the year before. */
export async function generateReportYears(appUrl: string, adminUrl: string, database: string, spec: GeneratedYears): Promise<void> {
  const started = Date.now();
  const citizens = await generateInquiries(appUrl, adminUrl, database, spec.tenantSlug, [
    { from: `${spec.year}-01-01`, to: `${spec.year}-12-31`, count: spec.count },
    { from: `${spec.year - 1}-01-01`, to: `${spec.year - 1}-12-31`, count: spec.comparisonCount },
  ]);
  console.log(
    `generated ${spec.count} inquiries in ${spec.year} and ${spec.comparisonCount} in ${spec.year - 1} (${citizens} citizens) ` +
      `for ${spec.tenantSlug} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
