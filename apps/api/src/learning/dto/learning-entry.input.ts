import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { CprNeedsConfirmation, IsName } from '../../validation/text.decorators';

export const LEARNING_TEXT_MAX = 10_000;
export const CAN_RECUR = ['yes', 'no', 'unknown'] as const;

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class LearningEntryInput {
  @Field(() => ID, { description: 'The complaint the entry is about' }) @IsUUID('all') inquiryId!: string;
  @Field() @IsName(LEARNING_TEXT_MAX) whatWentWrong!: string;
  @Field({ defaultValue: '' }) @trim @IsString() @MaxLength(LEARNING_TEXT_MAX) @CprNeedsConfirmation() why!: string;
  @Field({ defaultValue: '' }) @trim @IsString() @MaxLength(LEARNING_TEXT_MAX) @CprNeedsConfirmation() whatWasLearnt!: string;
  @Field({ defaultValue: 'unknown', description: 'yes, no or unknown' }) @IsIn(CAN_RECUR) canRecur!: string;
  @Field({ defaultValue: '' }) @trim @IsString() @MaxLength(LEARNING_TEXT_MAX) @CprNeedsConfirmation() prevention!: string;
  @Field({ defaultValue: false, description: 'Save free text that looks like it holds a CPR number' }) @IsBoolean() confirmCprLike!: boolean;
}
