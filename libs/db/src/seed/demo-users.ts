import { OPERATOR, TENANT_ROLES, TenantRole } from '@raadgiver/domain';
import { DEMO_TENANTS } from './demo-tenants';

/** Every demo user's password; printed at start-up, so never use these accounts outside a demo. */
export const DEMO_PASSWORD = 'Raadgiver-demo-2026';

export interface DemoMembership {
  tenantSlug: string;
  role: TenantRole;
  /** For a department contact: the org unit (by name) they answer for. */
  orgUnit?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  isOperator: boolean;
  memberships: DemoMembership[];
}

const MAILBOX: Record<TenantRole, string> = {
  advisor: 'advisor',
  tenant_admin: 'admin',
  department_contact: 'contact',
  council_viewer: 'council',
};

const OPERATOR_USER: DemoUser = {
  email: 'operator@raadgiver.demo',
  displayName: 'Driftsoperatør',
  isOperator: true,
  memberships: [],
};

/** An advisor in every demo tenant, to show switching tenant. */
const MULTI_TENANT_USER: DemoUser = {
  email: 'multi@raadgiver.demo',
  displayName: 'Line Mortensen',
  isOperator: false,
  memberships: DEMO_TENANTS.map((tenant) => ({ tenantSlug: tenant.slug, role: 'advisor' })),
};

export const DEMO_USERS: readonly DemoUser[] = [
  ...DEMO_TENANTS.flatMap((tenant) =>
    TENANT_ROLES.map(
      (role): DemoUser => ({
        email: `${MAILBOX[role]}@${tenant.slug}.demo`,
        displayName: tenant.people[role],
        isOperator: false,
        memberships: [{ tenantSlug: tenant.slug, role, orgUnit: role === 'department_contact' ? tenant.contactUnit : undefined }],
      }),
    ),
  ),
  OPERATOR_USER,
  MULTI_TENANT_USER,
];

export interface DemoLogin {
  email: string;
  role: TenantRole | typeof OPERATOR;
  /** Null for the operator and for the user who is a member of every demo tenant. */
  tenantSlug: string | null;
  description: string;
}

function loginOf(user: DemoUser): DemoLogin {
  if (user.isOperator) return { email: user.email, role: OPERATOR, tenantSlug: null, description: 'platform operator' };
  if (user.memberships.length > 1) {
    return { email: user.email, role: user.memberships[0].role, tenantSlug: null, description: `${user.memberships[0].role} in every demo municipality` };
  }
  const [membership] = user.memberships;
  const tenant = DEMO_TENANTS.find((t) => t.slug === membership.tenantSlug);
  return { email: user.email, role: membership.role, tenantSlug: membership.tenantSlug, description: `${membership.role}, ${tenant?.name ?? membership.tenantSlug}` };
}

/** The demo logins, for printing at start-up (all with DEMO_PASSWORD). */
export const DEMO_LOGINS: readonly DemoLogin[] = DEMO_USERS.map(loginOf);
