import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { INQUIRY_CHANNELS, INQUIRY_KINDS, INQUIRY_STATUSES, InquiryChannel, InquiryKind, InquiryStatus } from '@raadgiver/domain';
import { InquiryChannelEnum, InquiryKindEnum, InquiryStatusEnum } from '../../graphql/enums';
import { IsOptionalCalendarDate } from '../../validation/text.decorators';

export const SEARCH_MAX_LENGTH = 200;
const MAX_IDS = 100;

@InputType({ description: 'Every set field narrows the list; leave a field out to not filter on it' })
export class InquiryFilter {
  @Field(() => String, { nullable: true, description: 'Received on or after, YYYY-MM-DD' }) @IsOptionalCalendarDate() from?: string | null;
  @Field(() => String, { nullable: true, description: 'Received on or before, YYYY-MM-DD' }) @IsOptionalCalendarDate() to?: string | null;
  @Field(() => [InquiryKindEnum], { nullable: true }) @IsOptional() @IsIn(INQUIRY_KINDS, { each: true }) kinds?: InquiryKind[] | null;
  @Field(() => ID, { nullable: true, description: 'The unit, its sub-units and the units merged or split into it' })
  @IsOptional() @IsUUID('all') orgUnitId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Inquiries with any of these categories' })
  @IsOptional() @ArrayMaxSize(MAX_IDS) @IsUUID('all', { each: true }) categoryIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_IDS) @IsUUID('all', { each: true }) outcomeIds?: string[] | null;
  @Field(() => [InquiryStatusEnum], { nullable: true }) @IsOptional() @IsIn(INQUIRY_STATUSES, { each: true }) statuses?: InquiryStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only overdue inquiries; false: only those not overdue' }) @IsOptional() @IsBoolean() overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of reference or summary' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsOptional() @IsString() @MaxLength(SEARCH_MAX_LENGTH)
  search?: string | null;
  @Field(() => ID, { nullable: true, description: "One citizen's inquiries" }) @IsOptional() @IsUUID('all') citizenId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: main cases only (hovedsager), e.g. to choose the main case of a follow-up' })
  @IsOptional() @IsBoolean() mainCasesOnly?: boolean | null;
}

/** Shape checks only; the domain's inquiryProblems and the database checks in the service do the rest. */
@InputType()
export class CreateInquiryInput {
  @Field() @IsString() reference!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() receivedOn!: string;
  @Field(() => InquiryChannelEnum) @IsIn(INQUIRY_CHANNELS) channel!: InquiryChannel;
  @Field(() => ID) @IsUUID('all') citizenId!: string;
  @Field(() => InquiryKindEnum) @IsIn(INQUIRY_KINDS) kind!: InquiryKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') orgUnitId?: string | null;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(MAX_IDS) @IsUUID('all', { each: true }) categoryIds!: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') outcomeId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Makes this a follow-up case of an earlier main case of the same citizen' })
  @IsOptional() @IsUUID('all') mainInquiryId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() firstContactOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Setting it closes the inquiry' }) @IsOptional() @IsString() closedOn?: string | null;
  @Field({ defaultValue: '' }) @IsString() summary!: string;
  @Field({ defaultValue: false, description: 'Save a summary that looks like it holds a CPR number' }) @IsBoolean() confirmCprLike!: boolean;
}

@InputType()
export class UpdateInquiryInput extends CreateInquiryInput {
  @Field(() => ID) @IsUUID('all') id!: string;
}
