import { EntityManager } from 'typeorm';
import { InvalidInputError, NotFoundError, TenantRole } from '@raadgiver/domain';
import { userRepository } from './user.repository';

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
  if (orgUnitIds.length && (await userRepository.unitCount(em, orgUnitIds)) !== orgUnitIds.length) {
    throw new NotFoundError('org_unit', 'orgUnitIds');
  }
  return { roles, orgUnitIds };
}

/** Replaces the user's roles and units in the current tenant. */
export async function writeMembership(em: EntityManager, tenantId: string, userId: string, grant: MembershipGrant): Promise<void> {
  const { roles, orgUnitIds } = await checkedGrant(em, grant);
  await userRepository.replaceMembership(em, tenantId, userId, roles, orgUnitIds);
}
