import { assertionPrivileges, mapPrivileges, PrivilegeGrant } from './saml-privileges';

const ADVISOR = 'http://lejre.dk/roles/usersystemrole/raadgiver/advisor/1';
const ADMIN = 'http://lejre.dk/roles/usersystemrole/raadgiver/admin/1';
const CONTACT = 'http://lejre.dk/roles/usersystemrole/raadgiver/contact-social/1';

function privilegeList(...privileges: string[]): string {
  const groups = privileges.map((p) => `<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:29189854"><Privilege>${p}</Privilege></PrivilegeGroup>`).join('');
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><bpp:PrivilegeList xmlns:bpp="http://itst.dk/oiosaml/basic_privilege_profile">${groups}</bpp:PrivilegeList>`).toString('base64');
}

describe('assertionPrivileges', () => {
  it('reads the basic privilege profile sent base64-encoded (Privileges_intermediate)', async () => {
    expect(await assertionPrivileges(privilegeList(ADVISOR, CONTACT))).toEqual([ADVISOR, CONTACT]);
  });

  it('reads a plain multi-valued attribute, each value once', async () => {
    expect(await assertionPrivileges([ADVISOR, ADMIN, ADVISOR])).toEqual([ADVISOR, ADMIN]);
  });

  it('takes base64 that is not a privilege list as a value of its own, and nothing from no attribute', async () => {
    const other = Buffer.from('<x:Other xmlns:x="urn:other"><Privilege>http://evil</Privilege></x:Other>').toString('base64');
    expect(await assertionPrivileges(other)).toEqual([other]);
    expect(await assertionPrivileges(undefined)).toEqual([]);
  });
});

describe('mapPrivileges', () => {
  const map: PrivilegeGrant[] = [
    { privilege: ADVISOR, role: 'advisor', orgUnitIds: [] },
    { privilege: ADMIN, role: 'tenant_admin', orgUnitIds: [] },
    { privilege: CONTACT, role: 'department_contact', orgUnitIds: ['u2', 'u1'] },
  ];

  it('gives the union of the mapped roles and the contact units', () => {
    expect(mapPrivileges([CONTACT, ADVISOR, 'http://unmapped'], map)).toEqual({ roles: ['advisor', 'department_contact'], orgUnitIds: ['u1', 'u2'], privileges: [ADVISOR, CONTACT] });
  });

  it('gives no role without a mapped privilege', () => {
    expect(mapPrivileges(['http://unmapped'], map)).toEqual({ roles: [], orgUnitIds: [], privileges: [] });
  });
});
