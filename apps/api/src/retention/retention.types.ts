import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsString, IsUUID } from 'class-validator';

@ObjectType('RetentionBounds', { description: "The operator's bounds, in years, within which every municipality sets its retention" })
export class RetentionBoundsType {
  @Field(() => Int) inquiryMinYears!: number;
  @Field(() => Int) inquiryMaxYears!: number;
  @Field(() => Int) auditMinYears!: number;
  @Field(() => Int) auditMaxYears!: number;
}

@ObjectType('RetentionSettings', { description: "The municipality's retention of personal data and audit events" })
export class RetentionSettingsType {
  @Field(() => Int, { description: 'Years after closing that an inquiry keeps its personal data (5 unless set)' }) inquiryYears!: number;
  @Field(() => Int, { description: 'Years an audit event is kept (5 unless set)' }) auditYears!: number;
  @Field({ description: "Whether removal waits until a delivered archive covers the inquiry's closing date (yes unless set)" }) waitForArchive!: boolean;
  @Field(() => RetentionBoundsType) bounds!: RetentionBoundsType;
}

@InputType()
export class RetentionSettingsInput {
  @Field(() => Int) @IsInt() inquiryYears!: number;
  @Field(() => Int) @IsInt() auditYears!: number;
  @Field() @IsBoolean() waitForArchive!: boolean;
}

@InputType()
export class RetentionBoundsInput {
  @Field(() => Int) @IsInt() inquiryMinYears!: number;
  @Field(() => Int) @IsInt() inquiryMaxYears!: number;
  @Field(() => Int) @IsInt() auditMinYears!: number;
  @Field(() => Int) @IsInt() auditMaxYears!: number;
}

@ObjectType('InquiryHold', { description: 'A hold (arkiveringshold) on an inquiry: nothing of it is removed while it holds' })
export class InquiryHoldType {
  @Field(() => ID) id!: string;
  @Field() reason!: string;
  @Field() setAt!: Date;
  @Field(() => String, { nullable: true }) setByName!: string | null;
}

@ObjectType('InquiryRetention', { description: "An inquiry's hold and whether its personal data has been removed" })
export class InquiryRetentionType {
  @Field(() => ID) inquiryId!: string;
  @Field(() => ID, { description: 'The pseudonymous citizen, for an erasure' }) citizenId!: string;
  @Field(() => InquiryHoldType, { nullable: true }) hold!: InquiryHoldType | null;
  @Field(() => Date, { nullable: true }) anonymisedAt!: Date | null;
}

@InputType()
export class InquiryHoldInput {
  @Field(() => ID) @IsUUID() inquiryId!: string;
  @Field({ description: 'Why the hold is set or lifted (1–500 characters); never the citizen\'s name' }) @IsString() reason!: string;
}

@InputType()
export class EraseCitizenInput {
  @Field(() => ID) @IsUUID() citizenId!: string;
  @Field({ description: 'Why the municipality erases (1–500 characters); never the citizen\'s name' }) @IsString() reason!: string;
}

@ObjectType('CitizenErasure', { description: "An Article 17 erasure: the citizen's personal data removed, the statistics kept" })
export class CitizenErasureType {
  @Field(() => ID) citizenId!: string;
  @Field(() => Int, { description: 'The inquiries whose personal data was removed' }) inquiries!: number;
}
