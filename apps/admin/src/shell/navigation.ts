import { OPERATOR, isTenantRole, type Role } from '@raadgiver/domain';
import type { Translation } from '../i18n/translation';
import type { AppPath } from './app-paths';

export type NavLabel = keyof Translation['nav'];

export interface NavEntry {
  /** The page's path; the pages below it (`/inquiries/:id`) belong to the same entry. */
  path: AppPath;
  label: NavLabel;
  /** Any one of these roles shows the entry. */
  roles: readonly Role[];
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/inquiries', label: 'inquiries', roles: ['advisor'] },
  { path: '/import', label: 'import', roles: ['advisor'] },
  { path: '/reports', label: 'reports', roles: ['advisor', 'council_viewer'] },
  { path: '/org-units', label: 'orgUnits', roles: ['tenant_admin'] },
  { path: '/categories', label: 'categories', roles: ['tenant_admin'] },
  { path: '/outcomes', label: 'outcomes', roles: ['tenant_admin'] },
  { path: '/users', label: 'users', roles: ['tenant_admin'] },
  { path: '/response-targets', label: 'responseTargets', roles: ['tenant_admin'] },
  { path: '/audit-log', label: 'auditLog', roles: ['tenant_admin'] },
  { path: '/case-volumes', label: 'caseVolumes', roles: ['tenant_admin'] },
  { path: '/settings', label: 'settings', roles: ['tenant_admin'] },
  { path: '/retention', label: 'retention', roles: ['tenant_admin', OPERATOR] }, { path: '/archives', label: 'archives', roles: ['tenant_admin'] },
  { path: '/benchmark', label: 'benchmark', roles: ['advisor', 'tenant_admin', 'council_viewer'] },
  { path: '/learning-wall', label: 'learningWall', roles: ['department_contact'] },
  { path: '/recommendations', label: 'recommendations', roles: ['department_contact'] },
  { path: '/tenants', label: 'tenants', roles: [OPERATOR] },
  { path: '/taxonomy', label: 'taxonomy', roles: [OPERATOR] },
  { path: '/queues', label: 'queues', roles: [OPERATOR] },
  // Everyone's own second factor: offered to all, required of tenant admins and the operator.
  { path: '/security', label: 'security', roles: ['advisor', 'tenant_admin', 'department_contact', 'council_viewer', OPERATOR] },
];

/** The user's roles in the active tenant (the API sends `TENANT_ADMIN`, the domain says `tenant_admin`), plus operator. */
export function rolesOf(me: { roles: readonly string[]; isOperator: boolean }): Role[] {
  const tenantRoles = me.roles.map((role) => role.toLowerCase()).filter(isTenantRole);
  return me.isOperator ? [...tenantRoles, OPERATOR] : tenantRoles;
}

export function navigationFor(roles: readonly Role[]): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.some((role) => roles.includes(role)));
}

/** The entry a path belongs to: `/inquiries/42/edit` → inquiries. */
export function entryOf(pathname: string): NavEntry | undefined {
  return NAV_ENTRIES.find((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`));
}
