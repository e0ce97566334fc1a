/** Roles a user can hold inside one tenant (a Membership). */
export const TENANT_ROLES = ['advisor', 'tenant_admin', 'department_contact', 'council_viewer'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

/** The roles' Danish names, as an invitation or a document names them. */
export const TENANT_ROLE_NAMES_DA: Record<TenantRole, string> = {
  advisor: 'borgerrådgiver',
  tenant_admin: 'administrator',
  department_contact: 'kontaktperson i en forvaltning',
  council_viewer: 'læser af beretninger (byråd)',
};

/** The platform operator is not a tenant role: it is a flag on the user and sees no case content. */
export const OPERATOR = 'operator' as const;
export type Role = TenantRole | typeof OPERATOR;

export function isTenantRole(value: string): value is TenantRole {
  return (TENANT_ROLES as readonly string[]).includes(value);
}

/**
 * Who may compute the report's figures live for a free period (reportPreview). Advisors only: a council
 * viewer reads the published reports and their documents, as a count for one day can point at a person.
 */
export const REPORT_PREVIEW_ROLES: readonly TenantRole[] = ['advisor'];

export function mayPreviewReports(roles: readonly string[]): boolean {
  return REPORT_PREVIEW_ROLES.some((role) => roles.includes(role));
}
