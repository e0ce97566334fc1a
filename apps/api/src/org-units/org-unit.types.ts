import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrgUnitEventAction, OrgUnitKind } from '@raadgiver/domain';
import { OrgUnitEventActionEnum, OrgUnitKindEnum } from '../graphql/enums';

@ObjectType('OrgUnit', { description: 'A node of the department tree (center, department, area)' })
export class OrgUnitType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => OrgUnitKindEnum) kind!: OrgUnitKind;
  @Field({ description: 'YYYY-MM-DD' }) validFrom!: string;
  @Field(() => String, { nullable: true, description: 'Last day the unit existed; null while it is open' }) validTo!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field({ description: 'Part of demo data, not a real structure' }) isDemo!: boolean;
  @Field(() => String, { nullable: true, description: "The national department area (benchmark) set on this unit; sub-units inherit their parent's" })
  nationalArea!: string | null;
}

@ObjectType('OrgUnitEvent', { description: 'One change in the history of an org unit' })
export class OrgUnitEventType {
  @Field(() => ID) id!: string;
  @Field(() => ID) orgUnitId!: string;
  @Field(() => OrgUnitEventActionEnum) action!: OrgUnitEventAction;
  @Field(() => String, { nullable: true }) fromName!: string | null;
  @Field(() => String, { nullable: true }) toName!: string | null;
  fromParentId!: string | null;
  toParentId!: string | null;
  relatedUnitId!: string | null;
  actorId!: string | null;
  @Field({ description: 'YYYY-MM-DD the change took effect' }) effectiveDate!: string;
  @Field() occurredAt!: Date;
}
