import { EntityManager, In } from 'typeorm';
import { Membership, MembershipOrgUnit, OrgUnit } from '@raadgiver/db';
import { InvalidInputError, NotFoundError, TenantRole } from '@raadgiver/domain';

export interface MembershipGrant {
  roles: TenantRole[];
  orgUnitIds?: string[] | null;
}

/** The roles and units as they are kept, after checking they fit together and the units are the tenant's own. */
export async function checkedGrant(em: EntityManager, grant: MembershipGrant): Promise<{ roles: TenantRole[]; orgUnitIds: string[] }> {
  const roles = [...new Set(grant.roles)];
  const orgUnitIds = [...new Set(grant.orgUnitIds ?? [])];
  if (roles.includes('department_contact') && orgUnitIds.length === 0) {
    throw InvalidInputError.of('orgUnitIds', 'contact_needs_unit');
  }
  if (!roles.includes('department_contact') && orgUnitIds.length) {
    throw InvalidInputError.of('orgUnitIds', 'only_contacts_have_units');
  }
  if (orgUnitIds.length && (await em.getRepository(OrgUnit).countBy({ id: In(orgUnitIds) })) !== orgUnitIds.length) {
    throw new NotFoundError('org_unit', 'orgUnitIds');
  }
  return { roles, orgUnitIds };
}

/** Replaces the user's roles and units in the current tenant. */
export async function writeMembership(em: EntityManager, tenantId: string, userId: string, grant: MembershipGrant): Promise<void> {
  const { roles, orgUnitIds } = await checkedGrant(em, grant);
  await em.getRepository(MembershipOrgUnit).delete({ tenantId, userId });
  await em.getRepository(Membership).delete({ tenantId, userId });
  await em.getRepository(Membership).insert(roles.map((role) => ({ tenantId, userId, role })));
  if (orgUnitIds.length) await em.getRepository(MembershipOrgUnit).insert(orgUnitIds.map((orgUnitId) => ({ tenantId, userId, orgUnitId })));
}
