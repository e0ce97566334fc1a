import { TEXT_LIMITS } from '@raadgiver/domain';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { TenantRole } from '../gql/graphql';
import { emailAddress, requiredText } from '../ui/form-schemas';

/** The roles in the order the forms offer them. */
export const ROLE_VALUES: readonly TenantRole[] = ['ADVISOR', 'TENANT_ADMIN', 'DEPARTMENT_CONTACT', 'COUNCIL_VIEWER'];

const isRole = (value: string): value is TenantRole => (ROLE_VALUES as readonly string[]).includes(value);

interface Grant {
  roles: TenantRole[];
  orgUnitIds: string[];
}

/** Only a department contact keeps units: the others' (left checked before the role was unticked) are dropped. */
const withoutOthersUnits = <T extends Grant>(value: T): T => (value.roles.includes('DEPARTMENT_CONTACT') ? value : { ...value, orgUnitIds: [] });

/**
 * The users page's forms, with their messages in the user's language: a membership's roles and units (at least one
 * role; a department contact answers for at least one unit, said at the units), and an invitation's address and name
 * besides.
 */
export function membershipSchemas(t: TFunction) {
  const grant = {
    roles: z.array(z.string()).transform((roles) => roles.filter(isRole)).pipe(z.array(z.custom<TenantRole>()).min(1, { error: () => t('users.chooseRole') })),
    orgUnitIds: z.array(z.string()),
  };
  const unitsOfContacts = (value: Grant, context: z.RefinementCtx<Grant>) => {
    if (value.roles.includes('DEPARTMENT_CONTACT') && value.orgUnitIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['orgUnitIds'], message: t('users.contactNeedsUnit') });
    }
  };
  const email = emailAddress(TEXT_LIMITS.email, () => t('users.invalidEmail'));
  return {
    membership: z.object(grant).superRefine(unitsOfContacts).transform(withoutOthersUnits),
    invite: z
      .object({ email, displayName: requiredText(TEXT_LIMITS.name), ...grant })
      .superRefine(unitsOfContacts)
      .transform(withoutOthersUnits),
  };
}
