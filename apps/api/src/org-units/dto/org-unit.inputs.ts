import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ORG_UNIT_KINDS, OrgUnitKind, TEXT_LIMITS } from '@raadgiver/domain';
import { OrgUnitKindEnum } from '../../graphql/enums';
import { IsName, IsOptionalCalendarDate, IsOptionalName } from '../../validation/text.decorators';


@InputType()
export class CreateOrgUnitInput {
  @Field() @IsName(TEXT_LIMITS.name) name!: string;
  @Field(() => String, { nullable: true }) @IsOptionalName(TEXT_LIMITS.shortName) shortName?: string | null;
  @Field(() => OrgUnitKindEnum) @IsIn(ORG_UNIT_KINDS) kind!: OrgUnitKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out' }) @IsOptionalCalendarDate() validFrom?: string | null;
}

@InputType()
export class RenameOrgUnitInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field() @IsName(TEXT_LIMITS.name) name!: string;
  @Field(() => String, { nullable: true }) @IsOptionalName(TEXT_LIMITS.shortName) shortName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalCalendarDate() effectiveDate?: string | null;
}

@InputType()
export class MoveOrgUnitInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => ID, { nullable: true, description: 'The new parent; null for the top level' }) @IsOptional() @IsUUID('all') parentId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalCalendarDate() effectiveDate?: string | null;
}

@InputType()
export class CloseOrgUnitInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String, { nullable: true, description: 'Last day of the unit; today when left out' }) @IsOptionalCalendarDate() closedOn?: string | null;
}

@InputType()
export class MergeOrgUnitsInput {
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true }) sourceIds!: string[];
  @Field(() => ID) @IsUUID('all') targetId!: string;
  @Field(() => String, { nullable: true, description: 'First day the target carries the merged work' }) @IsOptionalCalendarDate() effectiveDate?: string | null;
}

@InputType()
export class SetOrgUnitNoteInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String, { nullable: true, description: `At most ${TEXT_LIMITS.orgUnitNote} characters; empty or null removes the note` })
  @IsOptionalName(TEXT_LIMITS.orgUnitNote)
  note?: string | null;
}
