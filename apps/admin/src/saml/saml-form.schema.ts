import { z } from 'zod';
import type { SamlPrivilegeGrantInput, TenantRole } from '../gql/graphql';

/** The roles a privilege can give without units, each with its own list of privileges in the form. */
export const PLAIN_ROLE_FIELDS = { ADVISOR: 'advisorPrivileges', TENANT_ADMIN: 'adminPrivileges', COUNCIL_VIEWER: 'councilPrivileges' } as const;

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** PEM certificates pasted one after another, as a list. */
export function certificatesOf(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? (text.trim() ? [text.trim()] : []);
}

export const samlSchema = z.object({
  idpEntityId: z.string().trim().min(1).max(2000),
  idpSsoUrl: z.string().trim().min(1).max(2000),
  idpCertificates: z.string().trim().min(1),
  encryptedAssertions: z.boolean(),
  enabled: z.boolean(),
  privilegeAttribute: z.string().trim().max(500),
  advisorPrivileges: z.string(),
  adminPrivileges: z.string(),
  councilPrivileges: z.string(),
  /** `privilege = unit name; unit name`, one department-contact privilege a line. */
  contactPrivileges: z.string(),
});
export type SamlFields = z.input<typeof samlSchema>;

/** The privilege map from the form's lists; unit names become ids, an unknown name is reported by the caller. */
export function privilegeMapOf(fields: SamlFields, units: readonly { id: string; name: string }[]): { map: SamlPrivilegeGrantInput[]; unknownUnits: string[] } {
  const map: SamlPrivilegeGrantInput[] = [];
  for (const [role, field] of Object.entries(PLAIN_ROLE_FIELDS) as [TenantRole, keyof SamlFields][]) {
    for (const privilege of lines(String(fields[field]))) map.push({ privilege, role });
  }
  const unknownUnits: string[] = [];
  for (const line of lines(fields.contactPrivileges)) {
    const [privilege = '', names = ''] = line.split(/\s=\s/);
    const orgUnitIds = names.split(';').map((name) => name.trim()).filter(Boolean).map((name) => {
      const unit = units.find((u) => u.name.toLowerCase() === name.toLowerCase());
      if (!unit) unknownUnits.push(name);
      return unit?.id ?? '';
    });
    map.push({ privilege: privilege.trim(), role: 'DEPARTMENT_CONTACT', orgUnitIds: orgUnitIds.filter(Boolean) });
  }
  return { map, unknownUnits };
}

/** The form's lists from the stored map. */
export function fieldsOfMap(map: readonly { privilege: string; role: TenantRole; orgUnitIds: readonly string[] }[], units: readonly { id: string; name: string }[]) {
  const of = (role: string) => map.filter((grant) => grant.role === role).map((grant) => grant.privilege).join('\n');
  return {
    advisorPrivileges: of('ADVISOR'),
    adminPrivileges: of('TENANT_ADMIN'),
    councilPrivileges: of('COUNCIL_VIEWER'),
    contactPrivileges: map
      .filter((grant) => grant.role === 'DEPARTMENT_CONTACT')
      .map((grant) => `${grant.privilege} = ${grant.orgUnitIds.map((id) => units.find((unit) => unit.id === id)?.name ?? id).join('; ')}`)
      .join('\n'),
  };
}
