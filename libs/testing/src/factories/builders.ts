import { hashPassword } from '@raadgiver/db';
import { TenantRole } from '@raadgiver/domain';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

/**
 * Builders of test data, one per aggregate, written straight into the database as the superuser (past row-level
 * security), with defaults for everything a test does not care about:
 *
 *   const tenant = await aTenant(db.admin).withUnit('Socialområdet').withUnit('Børn og Unge', { parent: 'Socialområdet' }).build();
 *   const contact = await aUser(db.admin).in(tenant.id, 'department_contact', { units: [tenant.units.get('Børn og Unge')!] }).build();
 *   const report = await aReport(db.admin, tenant.id, contact.id).forYear(2029).published().withRecommendation({ title: 'Svar i tide', units: [...] }).build();
 */

const unique = () => randomUUID().slice(0, 8);

export interface BuiltTenant {
  id: string;
  slug: string;
  /** Unit ids by name. */
  units: Map<string, string>;
}

class TenantBuilder {
  private name = `Testkommune ${unique()}`;
  private kommunekode: string | null = null;
  private readonly units: { name: string; parent?: string; kind: string }[] = [];

  constructor(private readonly db: Client) {}

  named(name: string): this {
    this.name = name;
    return this;
  }

  /** A real municipality code (municipality.kommunekode); by default the first one not yet a tenant. */
  withKommunekode(kommunekode: string): this {
    this.kommunekode = kommunekode;
    return this;
  }

  withUnit(name: string, options: { parent?: string; kind?: 'center' | 'department' | 'area' } = {}): this {
    this.units.push({ name, parent: options.parent, kind: options.kind ?? 'department' });
    return this;
  }

  async build(): Promise<BuiltTenant> {
    const code =
      this.kommunekode ??
      (await this.db.query<{ kommunekode: string }>('SELECT code AS kommunekode FROM municipality WHERE code NOT IN (SELECT kommunekode FROM tenant) ORDER BY code LIMIT 1'))
        .rows[0].kommunekode;
    const slug = `test-${unique()}`;
    const { rows: [tenant] } = await this.db.query<{ id: string }>('INSERT INTO tenant (name, kommunekode, slug, locale) VALUES ($1, $2, $3, $4) RETURNING id', [
      this.name, code, slug, 'da',
    ]);
    const units = new Map<string, string>();
    for (const [index, unit] of this.units.entries()) {
      const { rows: [row] } = await this.db.query<{ id: string }>(
        `INSERT INTO org_unit (tenant_id, name, kind, parent_id, valid_from, sort_order) VALUES ($1, $2, $3, $4, '2020-01-01', $5) RETURNING id`,
        [tenant.id, unit.name, unit.kind, unit.parent ? units.get(unit.parent) : null, index],
      );
      units.set(unit.name, row.id);
    }
    return { id: tenant.id, slug, units };
  }
}

export interface BuiltUser {
  id: string;
  email: string;
}

class UserBuilder {
  private email = `user-${unique()}@test.example`;
  private displayName = 'Test Bruger';
  private password: string | null = null;
  private readonly memberships: { tenantId: string; role: TenantRole; units: string[] }[] = [];

  constructor(private readonly db: Client) {}

  withEmail(email: string): this {
    this.email = email.toLowerCase();
    return this;
  }

  named(displayName: string): this {
    this.displayName = displayName;
    return this;
  }

  withPassword(password: string): this {
    this.password = password;
    return this;
  }

  /** A membership; the first one is where the user's logins start. */
  in(tenantId: string, role: TenantRole, options: { units?: string[] } = {}): this {
    this.memberships.push({ tenantId, role, units: options.units ?? [] });
    return this;
  }

  async build(): Promise<BuiltUser> {
    const { rows: [user] } = await this.db.query<{ id: string }>(
      'INSERT INTO app_user (email, display_name, password_hash, default_tenant_id) VALUES ($1, $2, $3, $4) RETURNING id',
      [this.email, this.displayName, this.password ? await hashPassword(this.password) : null, this.memberships[0]?.tenantId ?? null],
    );
    for (const membership of this.memberships) {
      await this.db.query('INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)', [membership.tenantId, user.id, membership.role]);
      for (const unit of membership.units) {
        await this.db.query('INSERT INTO membership_org_unit (tenant_id, user_id, org_unit_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          membership.tenantId, user.id, unit,
        ]);
      }
    }
    return { id: user.id, email: this.email };
  }
}

export interface RecommendationSpec {
  title: string;
  text?: string;
  dueOn?: string | null;
  status?: string;
  units?: string[];
}

export interface BuiltReport {
  id: string;
  /** Recommendation ids by title. */
  recommendations: Map<string, string>;
}

class ReportBuilder {
  private year = 2030;
  private status: 'draft' | 'published' = 'draft';
  private readonly recommendations: RecommendationSpec[] = [];

  constructor(
    private readonly db: Client,
    private readonly tenantId: string,
    private readonly createdBy: string,
  ) {}

  forYear(year: number): this {
    this.year = year;
    return this;
  }

  published(): this {
    this.status = 'published';
    return this;
  }

  withRecommendation(recommendation: RecommendationSpec): this {
    this.recommendations.push(recommendation);
    return this;
  }

  async build(): Promise<BuiltReport> {
    const { rows: [report] } = await this.db.query<{ id: string }>(
      `INSERT INTO report (tenant_id, title, period_from, period_to, status, published_at, created_by)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 = 'published' THEN now() END, $6) RETURNING id`,
      [this.tenantId, `Beretning ${this.year}`, `${this.year}-01-01`, `${this.year}-12-31`, this.status, this.createdBy],
    );
    const recommendations = new Map<string, string>();
    for (const [index, spec] of this.recommendations.entries()) {
      const { rows: [row] } = await this.db.query<{ id: string }>(
        `INSERT INTO recommendation (tenant_id, report_id, title, text, due_on, status, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [this.tenantId, report.id, spec.title, spec.text ?? 'Tekst', spec.dueOn ?? null, spec.status ?? 'open', index],
      );
      for (const unit of spec.units ?? []) {
        await this.db.query('INSERT INTO recommendation_org_unit (tenant_id, recommendation_id, org_unit_id) VALUES ($1, $2, $3)', [this.tenantId, row.id, unit]);
      }
      recommendations.set(spec.title, row.id);
    }
    return { id: report.id, recommendations };
  }
}

export const aTenant = (db: Client) => new TenantBuilder(db);
export const aUser = (db: Client) => new UserBuilder(db);
export const aReport = (db: Client, tenantId: string, createdBy: string) => new ReportBuilder(db, tenantId, createdBy);
