import { OPERATOR, isTenantRole, type Role } from '@raadgiver/domain';
import type { Translation } from '../i18n/translation';

export type NavLabel = keyof Translation['nav'];

export interface NavEntry {
  /** The hash route, e.g. `#/org-units`. */
  route: string;
  label: NavLabel;
  /** Any one of these roles shows the entry. */
  roles: readonly Role[];
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { route: 'inquiries', label: 'inquiries', roles: ['advisor'] },
  { route: 'import', label: 'import', roles: ['advisor'] },
  { route: 'reports', label: 'reports', roles: ['advisor', 'council_viewer'] },
  { route: 'org-units', label: 'orgUnits', roles: ['tenant_admin'] },
  { route: 'categories', label: 'categories', roles: ['tenant_admin'] },
  { route: 'outcomes', label: 'outcomes', roles: ['tenant_admin'] },
  { route: 'users', label: 'users', roles: ['tenant_admin'] },
  { route: 'response-targets', label: 'responseTargets', roles: ['tenant_admin'] },
  { route: 'audit-log', label: 'auditLog', roles: ['tenant_admin'] },
  { route: 'case-volumes', label: 'caseVolumes', roles: ['tenant_admin'] },
  { route: 'benchmark', label: 'benchmark', roles: ['advisor', 'tenant_admin', 'council_viewer'] },
  { route: 'learning-wall', label: 'learningWall', roles: ['department_contact'] },
  { route: 'recommendations', label: 'recommendations', roles: ['department_contact'] },
  { route: 'tenants', label: 'tenants', roles: [OPERATOR] },
];

/** The user's roles in the active tenant (the API sends `TENANT_ADMIN`, the domain says `tenant_admin`), plus operator. */
export function rolesOf(me: { roles: readonly string[]; isOperator: boolean }): Role[] {
  const tenantRoles = me.roles.map((role) => role.toLowerCase()).filter(isTenantRole);
  return me.isOperator ? [...tenantRoles, OPERATOR] : tenantRoles;
}

export function navigationFor(roles: readonly Role[]): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.some((role) => roles.includes(role)));
}
