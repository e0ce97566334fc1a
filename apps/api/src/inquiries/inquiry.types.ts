import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InquiryChannel, InquiryKind, InquiryStatus } from '@raadgiver/domain';
import { CategoryType, OutcomeType } from '../catalog/catalog.types';
import { CitizenType } from '../citizens/citizen.types';
import { PageInfoType } from '../graphql/connection';
import { InquiryChannelEnum, InquiryKindEnum, InquiryStatusEnum } from '../graphql/enums';
import { OrgUnitType } from '../org-units/org-unit.types';

export const INQUIRY_SORTS = ['received_desc', 'received_asc', 'reference_asc', 'reference_desc'] as const;
export type InquirySort = (typeof INQUIRY_SORTS)[number];
export const InquirySortEnum = Object.fromEntries(INQUIRY_SORTS.map((s) => [s.toUpperCase(), s])) as Record<string, InquirySort>;
registerEnumType(InquirySortEnum, { name: 'InquirySort', description: 'Order of the inquiry list; ties are broken by id' });

@ObjectType('ResponseTimes', { description: "Days from receipt, and whether waiting work is past the tenant's targets today" })
export class ResponseTimesType {
  @Field(() => Int, { nullable: true }) daysToFirstContact!: number | null;
  @Field(() => Int, { nullable: true }) daysToClose!: number | null;
  @Field({ description: 'Not contacted (nor closed) and past the first-contact target' }) firstContactOverdue!: boolean;
  @Field({ description: 'Not closed and past the closing target' }) closeOverdue!: boolean;
}

@ObjectType('Inquiry', { description: 'One registered problem a citizen brought to the advisor (henvendelse)' })
export class InquiryType {
  @Field(() => ID) id!: string;
  @Field({ description: "The advisor's own case number, unique in the municipality" }) reference!: string;
  @Field({ description: 'YYYY-MM-DD' }) receivedOn!: string;
  @Field(() => InquiryChannelEnum) channel!: InquiryChannel;
  @Field(() => InquiryKindEnum) kind!: InquiryKind;
  @Field(() => InquiryStatusEnum, { description: 'CLOSED exactly when closedOn is set' }) status!: InquiryStatus;
  @Field({ description: 'Free text, stored exactly as typed' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) firstContactOn!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) closedOn!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  citizenId!: string;
  orgUnitId!: string | null;
  outcomeId!: string | null;
  mainInquiryId!: string | null;
  // The relations a list shows are plain fields, filled before the inquiry leaves the service:
  // a page of 50 then costs no resolver call per row and relation (inquiry-hydration.ts).
  @Field(() => CitizenType) citizen!: CitizenType;
  @Field(() => OrgUnitType, { nullable: true }) orgUnit!: OrgUnitType | null;
  @Field(() => [CategoryType], { description: 'Several per complaint; ordered as the catalogue' }) categories!: CategoryType[];
  @Field(() => OutcomeType, { nullable: true }) outcome!: OutcomeType | null;
  @Field(() => ResponseTimesType) responseTimes!: ResponseTimesType;
}

@ObjectType('InquiryEdge')
export class InquiryEdgeType {
  @Field() cursor!: string;
  @Field(() => InquiryType) node!: InquiryType;
}

@ObjectType('InquiryConnection')
export class InquiryConnectionType {
  @Field(() => [InquiryEdgeType]) edges!: InquiryEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int, { description: 'All inquiries matching the filter, on every page' }) totalCount!: number;
}

@ObjectType('KindCount')
export class KindCountType {
  @Field(() => InquiryKindEnum) kind!: InquiryKind;
  @Field(() => Int) count!: number;
}

@ObjectType('StatusCount')
export class StatusCountType {
  @Field(() => InquiryStatusEnum) status!: InquiryStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('InquiryCounts', { description: 'Counts for a filter; every kind and status is listed, also with count 0' })
export class InquiryCountsType {
  @Field(() => Int) total!: number;
  @Field(() => [KindCountType]) byKind!: KindCountType[];
  @Field(() => [StatusCountType]) byStatus!: StatusCountType[];
  @Field(() => Int) overdue!: number;
}
