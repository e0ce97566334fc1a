import { hashPassword, qb, runQuery } from '@raadgiver/db';
import type { TenantRole } from '@raadgiver/domain';
import { asOperator, BuilderDb, inTenant, unique } from './builder-db';

export interface BuiltUser {
  id: string;
  email: string;
}

class UserBuilder {
  private email = `user-${unique()}@test.example`;
  private displayName = 'Test Bruger';
  private password: string | null = null;
  private defaultTenantId: string | null = null;
  private readonly memberships: { tenantId: string; role: TenantRole; units: string[] }[] = [];

  constructor(private readonly db: BuilderDb) {}

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

  /** Where the user's logins start; by default the tenant of the first membership. */
  startingIn(tenantId: string): this {
    this.defaultTenantId = tenantId;
    return this;
  }

  /** A membership in a role, bound to units (a department contact's); call once per role. */
  in(tenantId: string, role: TenantRole, options: { units?: string[] } = {}): this {
    this.memberships.push({ tenantId, role, units: options.units ?? [] });
    return this;
  }

  async build(): Promise<BuiltUser> {
    const passwordHash = this.password ? await hashPassword(this.password) : null;
    const defaultTenantId = this.defaultTenantId ?? this.memberships[0]?.tenantId ?? null;
    const [user] = await asOperator(this.db, (em) =>
      runQuery(
        em,
        qb.insertInto('app_user').values({ email: this.email, display_name: this.displayName, password_hash: passwordHash, default_tenant_id: defaultTenantId }).returning('id'),
      ),
    );
    for (const tenantId of new Set(this.memberships.map((m) => m.tenantId))) {
      const memberships = this.memberships.filter((m) => m.tenantId === tenantId);
      const units = [...new Set(memberships.flatMap((m) => m.units))];
      await inTenant(this.db, tenantId, async (em) => {
        await runQuery(em, qb.insertInto('membership').values(memberships.map(({ role }) => ({ tenant_id: tenantId, user_id: user.id, role }))));
        if (units.length > 0) {
          await runQuery(em, qb.insertInto('membership_org_unit').values(units.map((unit) => ({ tenant_id: tenantId, user_id: user.id, org_unit_id: unit }))));
        }
      });
    }
    return { id: user.id, email: this.email };
  }
}

/** A user with memberships: roles in tenants, units of a department contact. */
export const aUser = (db: BuilderDb) => new UserBuilder(db);
