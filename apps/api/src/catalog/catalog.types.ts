import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TEXT_LIMITS } from '@raadgiver/domain';
import { IsName } from '../validation/text.decorators';

@ObjectType('Category', { description: 'What a complaint is about (klagetype), mapped to a national category' })
export class CategoryType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() nationalCode!: string;
  @Field() active!: boolean;
  @Field(() => Int) sortOrder!: number;
}

@ObjectType('Outcome', { description: "How the advisor's work ended (udfald), mapped to a national outcome" })
export class OutcomeType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() nationalCode!: string;
  @Field() active!: boolean;
  @Field(() => Int) sortOrder!: number;
}

const NATIONAL_CODE = /^[a-z][a-z0-9_]*$/;

@InputType()
export class CreateCatalogEntryInput {
  @Field() @IsName(TEXT_LIMITS.name) name!: string;
  @Field() @IsName(TEXT_LIMITS.nationalCode) @Matches(NATIONAL_CODE) nationalCode!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) sortOrder?: number | null;
}

@InputType()
export class UpdateCatalogEntryInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsName(TEXT_LIMITS.name) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsName(TEXT_LIMITS.nationalCode) @Matches(NATIONAL_CODE) nationalCode?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) sortOrder?: number | null;
}

/** More entries than a catalogue ever has; a longer list is refused before it is compared with the catalogue. */
const MAX_CATALOGUE_ENTRIES = 1000;

@InputType({ description: "The tenant's whole catalogue of one kind in its new order: every id exactly once" })
export class ReorderCatalogInput {
  @Field(() => [ID]) @IsUUID('all', { each: true }) @ArrayMaxSize(MAX_CATALOGUE_ENTRIES) ids!: string[];
}
