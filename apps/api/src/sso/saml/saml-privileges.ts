import { TenantRole } from '@raadgiver/domain';
import { descendants, parseXml } from './saml-xml';

/** One line of the tenant admin's map: a privilege value from the assertion gives one role (a contact's units too). */
export interface PrivilegeGrant {
  privilege: string;
  role: TenantRole;
  /** The units of a department contact; empty for the other roles. */
  orgUnitIds: string[];
}

/** The roles a login gives in the municipality: the union of every mapped privilege the assertion carries. */
export interface MappedRoles {
  roles: TenantRole[];
  orgUnitIds: string[];
  privileges: string[];
}

/** OIOSAML's attribute carrying the basic privilege profile as base64 XML (KOMBIT's Context Handler). */
export const PRIVILEGES_INTERMEDIATE = 'dk:gov:saml:attribute:Privileges_intermediate';
const PRIVILEGE_LIST_NAMESPACE = 'http://itst.dk/oiosaml/basic_privilege_profile';

/**
 * The privileges in one attribute value: a `PrivilegeList` of the basic privilege profile sent base64-encoded
 * (OIOSAML's Privileges_intermediate), or else the value itself (a plain multi-valued attribute).
 */
async function privilegesOf(value: string): Promise<string[]> {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed) || trimmed.length < 16) return trimmed ? [trimmed] : [];
  const xml = Buffer.from(trimmed, 'base64').toString('utf8');
  if (!xml.trimStart().startsWith('<')) return [trimmed];
  const root = await parseXml(xml);
  if (!root || root.local !== 'PrivilegeList' || root.uri !== PRIVILEGE_LIST_NAMESPACE) return [trimmed];
  return descendants(root, 'Privilege').map((privilege) => privilege.text.trim()).filter(Boolean);
}

/** The privileges an assertion's attribute values carry, each once. */
export async function assertionPrivileges(values: unknown): Promise<string[]> {
  const list = Array.isArray(values) ? values : values === undefined || values === null ? [] : [values];
  const privileges = await Promise.all(list.filter((value): value is string => typeof value === 'string').map(privilegesOf));
  return [...new Set(privileges.flat())];
}

/** The roles and units the privileges give through the map; none when no privilege is mapped. */
export function mapPrivileges(privileges: readonly string[], map: readonly PrivilegeGrant[]): MappedRoles {
  const held = new Set(privileges);
  const grants = map.filter((grant) => held.has(grant.privilege));
  const roles = [...new Set(grants.map((grant) => grant.role))].sort();
  const orgUnitIds = [...new Set(grants.filter((grant) => grant.role === 'department_contact').flatMap((grant) => grant.orgUnitIds))].sort();
  return { roles, orgUnitIds, privileges: [...new Set(grants.map((grant) => grant.privilege))].sort() };
}
