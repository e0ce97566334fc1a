import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InquiryKind } from '@raadgiver/domain';
import { InquiryKindEnum } from '../graphql/enums';
import { Connection, connectionType } from '../graphql/connection';

/**
 * A complaint as a department contact sees it: kind, unit, categories and dates. It has no citizen,
 * summary or reference field by design, so no query can reach them through it.
 */
@ObjectType('DepartmentComplaint', { description: "A complaint about the contact's units, without citizen, summary or reference" })
export class DepartmentComplaintType {
  @Field(() => ID) id!: string;
  @Field(() => InquiryKindEnum) kind!: InquiryKind;
  @Field({ description: 'YYYY-MM-DD' }) receivedOn!: string;
  @Field(() => String, { nullable: true }) firstContactOn!: string | null;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  orgUnitId!: string | null;
}

@ObjectType('LearningEntry', { description: "A department's note on a complaint (læringsvæg)" })
export class LearningEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) inquiryId!: string;
  @Field() whatWentWrong!: string;
  @Field() why!: string;
  @Field() whatWasLearnt!: string;
  @Field({ description: 'yes, no or unknown' }) canRecur!: string;
  @Field() prevention!: string;
  @Field() createdAt!: Date;
  orgUnitId!: string;
  authorId!: string;
}

export const DepartmentComplaintConnectionType = connectionType(DepartmentComplaintType, 'DepartmentComplaint', "A page of the complaints about the contact's units, newest received first");
export type DepartmentComplaintConnectionType = Connection<DepartmentComplaintType>;
