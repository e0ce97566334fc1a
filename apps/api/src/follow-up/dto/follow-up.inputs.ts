import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, Validate, ValidateIf, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { RECOMMENDATION_STATUSES, RecommendationStatus } from '@raadgiver/domain';
import { CprNeedsConfirmation, IsOptionalCalendarDate } from '../../validation/text.decorators';
import { RecommendationStatusEnum } from '../recommendation-status.enum';

/** Longest follow-up text and introduction; the database checks the same. */
export const FOLLOW_UP_TEXT_MAX = 20_000;
export const FOLLOW_UP_INTRO_MAX = 50_000;
/** Years a decided-case count may be given for; the database checks the same. */
export const CASE_VOLUME_YEARS = { min: 2000, max: 2100 } as const;

const uuid = (field: string) => ({ message: `${field} must be an id` });
const status = (field: string) => ({ message: `${field} must be one of ${RECOMMENDATION_STATUSES.map((s) => s.toUpperCase()).join(', ')}` });

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
  @Field(() => ID) @IsUUID('all', uuid('id')) id!: string;
  @Field(() => RecommendationStatusEnum, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(RECOMMENDATION_STATUSES, status('status'))
  status?: RecommendationStatus | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null removes the due date' }) @IsOptionalCalendarDate() dueOn?: string | null;
}

@InputType({ description: "A department's answer to a recommendation addressed to one of its units; writing again replaces it" })
export class WriteFollowUpInput {
  @Field(() => ID) @IsUUID('all', uuid('recommendationId')) recommendationId!: string;
  @Field(() => ID, { description: 'The addressed unit the answer is for; one of your units or below them' })
  @IsUUID('all', uuid('orgUnitId'))
  orgUnitId!: string;
  @Field({ description: 'Stored exactly as typed' })
  @IsString({ message: 'text must be text' })
  @Validate(NotBlank)
  @MaxLength(FOLLOW_UP_TEXT_MAX, { message: `text must be at most ${FOLLOW_UP_TEXT_MAX} characters` })
  @CprNeedsConfirmation()
  text!: string;
  @Field(() => RecommendationStatusEnum, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(RECOMMENDATION_STATUSES, status('proposedStatus'))
  proposedStatus?: RecommendationStatus | null;
  @Field({ defaultValue: false, description: 'Save free text that looks like it holds a CPR number' }) @IsBoolean() confirmCprLike!: boolean;
}

@InputType({ description: "A unit's number of decided cases in a year; entering it again replaces it" })
export class SetDecidedCasesInput {
  @Field(() => ID) @IsUUID('all', uuid('orgUnitId')) orgUnitId!: string;
  @Field(() => Int)
  @IsInt({ message: 'year must be a whole number' })
  @Min(CASE_VOLUME_YEARS.min, { message: `year must be between ${CASE_VOLUME_YEARS.min} and ${CASE_VOLUME_YEARS.max}` })
  @Max(CASE_VOLUME_YEARS.max, { message: `year must be between ${CASE_VOLUME_YEARS.min} and ${CASE_VOLUME_YEARS.max}` })
  year!: number;
  @Field(() => Int)
  @IsInt({ message: 'decidedCases must be a whole number' })
  @Min(0, { message: 'decidedCases must not be negative' })
  @Max(10_000_000, { message: 'decidedCases must be at most 10000000' })
  decidedCases!: number;
}
