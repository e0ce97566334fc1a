import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, Validate, ValidateIf, ValidateNested, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { RECOMMENDATION_STATUSES, RecommendationStatus } from '@raadgiver/domain';
import { CprNeedsConfirmation, IsOptionalCalendarDate } from '../../validation/text.decorators';
import { RecommendationStatusEnum } from '../recommendation-status.enum';

/** Longest follow-up text and introduction; the database checks the same. */
export const FOLLOW_UP_TEXT_MAX = 20_000;
export const FOLLOW_UP_INTRO_MAX = 50_000;
/** Years a decided-case count may be given for; the database checks the same. */
export const CASE_VOLUME_YEARS = { min: 2000, max: 2100 } as const;


/** Text with something in it besides white space; kept exactly as typed (no trimming). */
@ValidatorConstraint({ name: 'notBlank' })
class NotBlank implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.trim().length > 0;
  }
  defaultMessage(): string {
    return 'text must not be empty';
  }
}

@InputType({ description: "The advisor's follow-up of a recommendation: a new status and/or due date; left out keeps, dueOn null clears" })
export class SetRecommendationFollowUpInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => RecommendationStatusEnum, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(RECOMMENDATION_STATUSES)
  status?: RecommendationStatus | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null removes the due date' }) @IsOptionalCalendarDate() dueOn?: string | null;
}

@InputType({ description: "A department's answer to a recommendation addressed to one of its units; writing again replaces it" })
export class WriteFollowUpInput {
  @Field(() => ID) @IsUUID('all') recommendationId!: string;
  @Field(() => ID, { description: 'The addressed unit the answer is for; one of your units or below them' })
  @IsUUID('all')
  orgUnitId!: string;
  @Field({ description: 'Stored exactly as typed' })
  @IsString()
  @Validate(NotBlank)
  @MaxLength(FOLLOW_UP_TEXT_MAX)
  @CprNeedsConfirmation()
  text!: string;
  @Field(() => RecommendationStatusEnum, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(RECOMMENDATION_STATUSES)
  proposedStatus?: RecommendationStatus | null;
  @Field({ defaultValue: false, description: 'Save free text that looks like it holds a CPR number' }) @IsBoolean() confirmCprLike!: boolean;
}

@InputType({ description: "A unit's number of decided cases in a year; entering it again replaces it" })
export class SetDecidedCasesInput {
  @Field(() => ID) @IsUUID('all') orgUnitId!: string;
  @Field(() => Int)
  @IsInt()
  @Min(CASE_VOLUME_YEARS.min)
  @Max(CASE_VOLUME_YEARS.max)
  year!: number;
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  decidedCases!: number;
}

@InputType({ description: "One unit's decided cases in the year of SetDecidedCaseVolumesInput" })
export class DecidedCaseVolumeRowInput {
  @Field(() => ID) @IsUUID('all') orgUnitId!: string;
  @Field(() => Int, { description: 'A whole number, 0 or more' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  decidedCases!: number;
}

@InputType({ description: "Several units' decided cases in one year, stored together or not at all; entering one again replaces it" })
export class SetDecidedCaseVolumesInput {
  @Field(() => Int)
  @IsInt()
  @Min(CASE_VOLUME_YEARS.min)
  @Max(CASE_VOLUME_YEARS.max)
  year!: number;
  @Field(() => [DecidedCaseVolumeRowInput])
  @ValidateNested({ each: true })
  @Type(() => DecidedCaseVolumeRowInput)
  @ArrayMaxSize(5000)
  rows!: DecidedCaseVolumeRowInput[];
}
