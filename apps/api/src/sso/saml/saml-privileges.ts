import { DOMParser } from '@xmldom/xmldom';
import { TenantRole } from '@raadgiver/domain';

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
function privilegesOf(value: string): string[] {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed) || trimmed.length < 16) return trimmed ? [trimmed] : [];
  const xml = Buffer.from(trimmed, 'base64').toString('utf8');
  if (!xml.trimStart().startsWith('<')) return [trimmed];
  let failed = false;
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: () => void (failed = true), fatalError: () => void (failed = true) } }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (failed || !root || root.localName !== 'PrivilegeList' || root.namespaceURI !== PRIVILEGE_LIST_NAMESPACE) return [trimmed];
  const privileges: string[] = [];
  const elements = root.getElementsByTagNameNS('*', 'Privilege');
  for (let i = 0; i < elements.length; i++) {
    const text = elements.item(i)?.textContent?.trim();
    if (text) privileges.push(text);
  }
  return privileges;
}

/** The privileges an assertion's attribute values carry, each once. */
export function assertionPrivileges(values: unknown): string[] {
  const list = Array.isArray(values) ? values : values === undefined || values === null ? [] : [values];
  return [...new Set(list.filter((value): value is string => typeof value === 'string').flatMap(privilegesOf))];
}

/** The roles and units the privileges give through the map; none when no privilege is mapped. */
export function mapPrivileges(privileges: readonly string[], map: readonly PrivilegeGrant[]): MappedRoles {
  const held = new Set(privileges);
  const grants = map.filter((grant) => held.has(grant.privilege));
  const roles = [...new Set(grants.map((grant) => grant.role))].sort();
  const orgUnitIds = [...new Set(grants.filter((grant) => grant.role === 'department_contact').flatMap((grant) => grant.orgUnitIds))].sort();
  return { roles, orgUnitIds, privileges: [...new Set(grants.map((grant) => grant.privilege))].sort() };
}
