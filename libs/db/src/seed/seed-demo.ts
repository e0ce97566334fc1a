import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { INVITATION_VALID_DAYS } from '../auth/invitation-token';
import { publishBenchmarkSnapshotInContext, refreshTenantBenchmarkInContext, seedDemoBenchmarkSettings } from '../benchmark';
import { DbContext, inContext } from '../tenancy/db-context';
import { DemoCatalogEntry, DemoOrgUnit, DemoTenant } from './demo-tenant';
import { DEMO_TENANTS } from './demo-tenants';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { ensureDemoInquiries } from './seed-inquiries';
import { ensureDemoReports } from './seed-reports';

export const SEEDED_TABLES = [
  'tenant', 'tenant_population', 'org_unit', 'org_unit_event', 'category', 'outcome', 'app_user', 'membership',
  'membership_org_unit', 'citizen', 'inquiry', 'inquiry_category', 'report', 'recommendation', 'recommendation_org_unit',
  'recommendation_status_change', 'recommendation_follow_up', 'decided_case_volume', 'tenant_invitation',
] as const;
export type SeededTable = (typeof SEEDED_TABLES)[number];

export interface SeedSummary {
  tenants: { slug: string; id: string }[];
  /** Rows this run added, per table; all zero when the demo data was already in place. */
  inserted: Record<SeededTable, number>;
}

type Inserted = SeedSummary['inserted'];

const AS_OPERATOR: DbContext = { tenantId: null, userId: null, operator: true };

/**
 * Puts the three demo municipalities, their department trees, catalogues, demo users and generated
 * registrations (citizens, inquiries and their categories, reproducing the published figures) and the published
 * demo reports with their recommendations and follow-up in place, with the benchmark's settings and aggregates.
 * Only adds what is missing, found by natural key (kommunekode, unit name, lower(name), e-mail, year,
 * citizen and inquiry reference, report period), so a second run changes nothing and an admin's later edits to seeded
 * rows are kept.
 * Writes through `ds` as the app role: platform rows as the operator, each tenant's rows in its own context.
 */
export async function seedDemo(ds: DataSource): Promise<SeedSummary> {
  const inserted = Object.fromEntries(SEEDED_TABLES.map((table) => [table, 0])) as Inserted;
  const tenantIds = await inContext(ds, AS_OPERATOR, (em) => ensureTenants(em, inserted));
  const userIds = await inContext(ds, AS_OPERATOR, (em) => ensureUsers(em, inserted));
  for (const tenant of DEMO_TENANTS) {
    const tenantId = tenantIds.get(tenant.slug) as string;
    await inContext(ds, { tenantId, userId: null }, async (em) => {
      await ensurePopulation(em, tenantId, tenant, inserted);
      const unitIds = await ensureOrgUnits(em, tenantId, tenant, inserted);
      await ensureCatalog(em, 'category', tenantId, tenant.categories, inserted);
      await ensureCatalog(em, 'outcome', tenantId, tenant.outcomes, inserted);
      await ensureMemberships(em, tenantId, tenant, userIds, unitIds, inserted);
      await ensureDemoInquiries(em, tenantId, tenant, unitIds, inserted);
      const authors = { advisorId: userIds.get(`advisor@${tenant.slug}.demo`) as string, followUpWriterId: userIds.get(`admin@${tenant.slug}.demo`) as string };
      await ensureDemoReports(em, tenantId, tenant, unitIds, authors, inserted);
      await ensureDecidedCases(em, tenantId, tenant, unitIds, authors.followUpWriterId, inserted);
      await ensureDemoInvitation(em, tenant, authors.followUpWriterId, inserted);
    });
  }
  await seedDemoBenchmarkSettings(ds);
  // The benchmark's aggregates are derived data: made afresh whenever the demo registrations were added or are missing.
  for (const tenant of DEMO_TENANTS) {
    const tenantId = tenantIds.get(tenant.slug) as string;
    const [{ present }] = await inContext(ds, { tenantId, userId: null }, (em) =>
      em.query('SELECT EXISTS (SELECT 1 FROM benchmark_period WHERE tenant_id = $1) AS present', [tenantId]),
    );
    if (!present || inserted.inquiry > 0) await refreshTenantBenchmarkInContext(ds, tenantId);
  }
  await publishBenchmarkSnapshotInContext(ds);
  return { tenants: DEMO_TENANTS.map((t) => ({ slug: t.slug, id: tenantIds.get(t.slug) as string })), inserted };
}

async function ensureTenants(em: EntityManager, inserted: Inserted): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const tenant of DEMO_TENANTS) {
    const added: unknown[] = await em.query(
      `INSERT INTO tenant (name, kommunekode, slug, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kommunekode) DO NOTHING RETURNING id`,
      [tenant.name, tenant.kommunekode, tenant.slug, tenant.locale],
    );
    inserted.tenant += added.length;
    const [row]: { id: string }[] = await em.query('SELECT id FROM tenant WHERE kommunekode = $1', [tenant.kommunekode]);
    ids.set(tenant.slug, row.id);
  }
  return ids;
}

async function ensureUsers(em: EntityManager, inserted: Inserted): Promise<Map<string, string>> {
  const emails = DEMO_USERS.map((user) => user.email);
  const findAll = async () =>
    new Map(
      ((await em.query('SELECT email, id FROM app_user WHERE email = ANY($1::text[])', [emails])) as { email: string; id: string }[]).map(
        (row) => [row.email, row.id],
      ),
    );
  const existing = await findAll();
  const missing = DEMO_USERS.filter((user) => !existing.has(user.email));
  if (missing.length === 0) return existing;
  // argon2 is deliberately slow: one hash for every user this run adds; existing users keep theirs.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of missing) {
    const added: unknown[] = await em.query(
      `INSERT INTO app_user (email, display_name, password_hash, is_operator) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.displayName, passwordHash, user.isOperator],
    );
    inserted.app_user += added.length;
  }
  return findAll();
}

/** One open invitation per tenant (a new advisor, not e-mailed), so the tenant admin sees how one looks. */
async function ensureDemoInvitation(em: EntityManager, tenant: DemoTenant, invitedBy: string, inserted: Inserted): Promise<void> {
  const added: unknown[] = await em.query(
    `INSERT INTO tenant_invitation (tenant_id, email, display_name, roles, invited_by, expires_at)
     VALUES (app_tenant_id(), $1, 'Ny borgerrådgiver', '{advisor}', $2, now() + make_interval(days => $3))
     ON CONFLICT (tenant_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL DO NOTHING RETURNING id`,
    [`ny.raadgiver@${tenant.slug}.demo`, invitedBy, INVITATION_VALID_DAYS],
  );
  inserted.tenant_invitation += added.length;
}

async function ensureDecidedCases(
  em: EntityManager,
  tenantId: string,
  tenant: DemoTenant,
  unitIds: Map<string, string>,
  enteredBy: string,
  inserted: Inserted,
): Promise<void> {
  for (const { unit, year, decidedCases } of tenant.decidedCases ?? []) {
    const added: unknown[] = await em.query(
      `INSERT INTO decided_case_volume (tenant_id, org_unit_id, year, decided_cases, updated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, org_unit_id, year) DO NOTHING RETURNING year`,
      [tenantId, unitIds.get(unit), year, decidedCases, enteredBy],
    );
    inserted.decided_case_volume += added.length;
  }
}

async function ensurePopulation(em: EntityManager, tenantId: string, tenant: DemoTenant, inserted: Inserted): Promise<void> {
  for (const { year, inhabitants } of tenant.population) {
    const added: unknown[] = await em.query(
      `INSERT INTO tenant_population (tenant_id, year, inhabitants) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, year) DO NOTHING RETURNING year`,
      [tenantId, year, inhabitants],
    );
    inserted.tenant_population += added.length;
  }
}

/** Returns every unit's id by name. */
async function ensureOrgUnits(em: EntityManager, tenantId: string, tenant: DemoTenant, inserted: Inserted): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const visit = async (units: DemoOrgUnit[], parentId: string | null): Promise<void> => {
    for (const [index, unit] of units.entries()) {
      const id = await ensureOrgUnit(em, tenantId, unit, parentId, index + 1, tenant.orgUnitsInvented, inserted);
      ids.set(unit.name, id);
      await visit(unit.children ?? [], id);
    }
  };
  await visit(tenant.orgUnits, null);
  return ids;
}

async function ensureOrgUnit(
  em: EntityManager,
  tenantId: string,
  unit: DemoOrgUnit,
  parentId: string | null,
  sortOrder: number,
  isDemo: boolean,
  inserted: Inserted,
): Promise<string> {
  const [existing]: { id: string }[] = await em.query('SELECT id FROM org_unit WHERE tenant_id = $1 AND name = $2', [tenantId, unit.name]);
  if (existing) return existing.id;

  const [{ id }]: { id: string }[] = await em.query(
    `INSERT INTO org_unit (tenant_id, parent_id, name, short_name, kind, valid_from, sort_order, is_demo, national_area)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [tenantId, parentId, unit.name, unit.shortName ?? null, unit.kind, unit.validFrom, sortOrder, isDemo, unit.nationalArea ?? null],
  );
  inserted.org_unit += 1;

  // History in order: created under its first name, then each rename.
  const names = [...(unit.formerNames ?? []).map((former) => former.name), unit.name];
  await em.query(
    `INSERT INTO org_unit_event (tenant_id, org_unit_id, action, to_name, to_parent_id, effective_date)
     VALUES ($1, $2, 'created', $3, $4, $5)`,
    [tenantId, id, names[0], parentId, unit.validFrom],
  );
  inserted.org_unit_event += 1;
  for (const [index, former] of (unit.formerNames ?? []).entries()) {
    await em.query(
      `INSERT INTO org_unit_event (tenant_id, org_unit_id, action, from_name, to_name, effective_date)
       VALUES ($1, $2, 'renamed', $3, $4, $5)`,
      [tenantId, id, former.name, names[index + 1], former.until],
    );
    inserted.org_unit_event += 1;
  }
  return id;
}

async function ensureCatalog(
  em: EntityManager,
  table: 'category' | 'outcome',
  tenantId: string,
  entries: DemoCatalogEntry<string>[],
  inserted: Inserted,
): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    const added: unknown[] = await em.query(
      `INSERT INTO ${table} (tenant_id, name, national_code, sort_order) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, lower(name)) DO NOTHING RETURNING id`,
      [tenantId, entry.name, entry.nationalCode, index + 1],
    );
    inserted[table] += added.length;
  }
}

async function ensureMemberships(
  em: EntityManager,
  tenantId: string,
  tenant: DemoTenant,
  userIds: Map<string, string>,
  unitIds: Map<string, string>,
  inserted: Inserted,
): Promise<void> {
  for (const user of DEMO_USERS) {
    const userId = userIds.get(user.email) as string;
    for (const membership of user.memberships.filter((m) => m.tenantSlug === tenant.slug)) {
      const added: unknown[] = await em.query(
        `INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING role`,
        [tenantId, userId, membership.role],
      );
      inserted.membership += added.length;
      if (!membership.orgUnit) continue;
      const orgUnitId = unitIds.get(membership.orgUnit);
      if (!orgUnitId) throw new Error(`Demo data: ${tenant.slug} has no org unit named "${membership.orgUnit}"`);
      const bound: unknown[] = await em.query(
        `INSERT INTO membership_org_unit (tenant_id, user_id, org_unit_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING org_unit_id`,
        [tenantId, userId, orgUnitId],
      );
      inserted.membership_org_unit += bound.length;
    }
  }
}
