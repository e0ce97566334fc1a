import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { TEXT_LIMITS } from '@raadgiver/domain';
import { CprNeedsConfirmation, IsName } from '../../validation/text.decorators';
import { PeriodInput } from './period.input';

/** Longest prose section (foreword, themes, examples); the database checks the same. */
export const SECTION_MAX = 50_000;
/** Longest recommendation text; the database checks the same. */
export const RECOMMENDATION_TEXT_MAX = 20_000;
export const MAX_RECOMMENDATION_UNITS = 50;


/** An optional section: left out or null keeps it; a string, stored exactly as typed (no trimming). */
function IsOptionalSection(field: string, max: number) {
  return (target: object, key: string) => {
    ValidateIf((_, value) => value !== null && value !== undefined)(target, key);
    IsString()(target, key);
    MaxLength(max)(target, key);
    CprNeedsConfirmation()(target, key);
  };
}

@InputType()
export class CreateReportInput {
  @Field({ description: 'e.g. "Borgerrådgiverens beretning 2019"' }) @IsName(TEXT_LIMITS.name) title!: string;
  @Field(() => PeriodInput, { description: 'The period reported on, at most two years' }) @ValidateNested() @Type(() => PeriodInput) period!: PeriodInput;
  @Field(() => PeriodInput, { nullable: true, description: 'The period shown in parentheses beside each figure' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodInput)
  comparison?: PeriodInput | null;
}

@InputType({ description: 'Changes the prose; fields left out or null stay as they are. Text is stored exactly as typed' })
export class UpdateReportSectionsInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String, { nullable: true }) @ValidateIf((_, value) => value !== null && value !== undefined) @IsName(TEXT_LIMITS.name) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalSection('foreword', SECTION_MAX) foreword?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalSection('themes', SECTION_MAX) themes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalSection('examples', SECTION_MAX) examples?: string | null;
  @Field({ defaultValue: false, description: 'Save free text that looks like it holds a CPR number' }) @IsBoolean() confirmCprLike!: boolean;
}

@InputType()
export class AddRecommendationInput {
  @Field(() => ID) @IsUUID('all') reportId!: string;
  @Field() @IsName(TEXT_LIMITS.name) title!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(RECOMMENDATION_TEXT_MAX) @CprNeedsConfirmation() text!: string;
  @Field(() => [ID], { defaultValue: [], description: 'The org units it is addressed to; empty for a general recommendation' })
  @ArrayMaxSize(MAX_RECOMMENDATION_UNITS)
  @IsUUID('all', { each: true })
  orgUnitIds!: string[];
  @Field({ defaultValue: false, description: 'Save free text that looks like it holds a CPR number' }) @IsBoolean() confirmCprLike!: boolean;
}

@InputType({ description: 'Replaces the recommendation; sortOrder left out keeps its place' })
export class UpdateRecommendationInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field() @IsName(TEXT_LIMITS.name) title!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(RECOMMENDATION_TEXT_MAX) @CprNeedsConfirmation() text!: string;
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(MAX_RECOMMENDATION_UNITS)
  @IsUUID('all', { each: true })
  orgUnitIds!: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) sortOrder?: number | null;
  @Field({ defaultValue: false, description: 'Save free text that looks like it holds a CPR number' }) @IsBoolean() confirmCprLike!: boolean;
}
