import { registerEnumType } from '@nestjs/graphql';
import { INQUIRY_CHANNELS, INQUIRY_KINDS, INQUIRY_STATUSES, ORG_UNIT_EVENT_ACTIONS, ORG_UNIT_KINDS, TENANT_ROLES } from '@raadgiver/domain';

/** GraphQL enums from the domain's value lists: NAME in the schema, the domain's value in code. */
function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value]));
}

export const TenantRoleEnum = enumOf(TENANT_ROLES);
export const OrgUnitKindEnum = enumOf(ORG_UNIT_KINDS);
export const OrgUnitEventActionEnum = enumOf(ORG_UNIT_EVENT_ACTIONS);
export const InquiryKindEnum = enumOf(INQUIRY_KINDS);
export const InquiryChannelEnum = enumOf(INQUIRY_CHANNELS);
export const InquiryStatusEnum = enumOf(INQUIRY_STATUSES);

registerEnumType(TenantRoleEnum, { name: 'TenantRole', description: "A user's role inside one municipality" });
registerEnumType(OrgUnitKindEnum, { name: 'OrgUnitKind', description: 'Level in the department tree' });
registerEnumType(OrgUnitEventActionEnum, { name: 'OrgUnitEventAction' });
registerEnumType(InquiryKindEnum, { name: 'InquiryKind', description: 'complaint (klageforhold), guidance (vejledning), wayfinding (vejvisning), information (orientering), other' });
registerEnumType(InquiryChannelEnum, { name: 'InquiryChannel' });
registerEnumType(InquiryStatusEnum, { name: 'InquiryStatus' });
