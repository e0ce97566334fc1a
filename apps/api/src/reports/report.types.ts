import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REPORT_STATUSES, REPORT_VERSION_STATUSES, ReportStatus, ReportVersionStatus } from '@raadgiver/db';
import { RecommendationStatus } from '@raadgiver/domain';
import { RecommendationStatusEnum } from '../follow-up/recommendation-status.enum';
import { OrgUnitType } from '../org-units/org-unit.types';
import { ReportFiguresType, ReportPeriodType } from './report-figures.types';

function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value]));
}

export const ReportStatusEnum = enumOf(REPORT_STATUSES);
export const ReportVersionStatusEnum = enumOf(REPORT_VERSION_STATUSES);
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'DRAFT → GENERATING → READY → PUBLISHED; editing a READY report returns it to DRAFT',
});
registerEnumType(ReportVersionStatusEnum, { name: 'ReportVersionStatus' });

@ObjectType('Recommendation', { description: 'A recommendation (anbefaling) of a report: general, or addressed to org units' })
export class RecommendationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) reportId!: string;
  @Field() title!: string;
  @Field() text!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => [OrgUnitType], { description: 'Empty for a general recommendation' }) orgUnits!: OrgUnitType[];
  @Field({ description: 'Addressed to no org unit' }) general!: boolean;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD by which the departments should have followed up' }) dueOn!: string | null;
  @Field(() => RecommendationStatusEnum, { description: 'The latest status; statusHistory has them all' }) status!: RecommendationStatus;
  @Field(() => Date, { nullable: true }) statusSetAt!: Date | null;
}

@ObjectType('ReportVersion', { description: 'A numbered generation of a report, with the figures it was made from' })
export class ReportVersionType {
  @Field(() => Int) version!: number;
  @Field(() => ReportVersionStatusEnum) status!: ReportVersionStatus;
  @Field(() => ReportFiguresType, { nullable: true, description: 'The figures the documents were made from; null until the worker has computed them' })
  figures!: ReportFiguresType | null;
  @Field(() => Int, { description: 'Per cent done, 0–100' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Why the generation failed' }) error!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('ReportGeneration', { description: "The latest version's generation, for the admin's progress bar (poll while GENERATING)" })
export class ReportGenerationType {
  @Field(() => Int) version!: number;
  @Field(() => ReportVersionStatusEnum) status!: ReportVersionStatus;
  @Field(() => Int, { description: 'Per cent done, 0–100' }) progress!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
}

@ObjectType('Report', { description: "One tenant's annual report (beretning) for a period; figures are generated, never typed" })
export class ReportType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
  @Field(() => ReportPeriodType, { nullable: true }) comparison!: ReportPeriodType | null;
  @Field(() => ReportStatusEnum) status!: ReportStatus;
  @Field(() => Int, { description: 'The latest version made; 0 before the first' }) currentVersion!: number;
  @Field({ description: 'Forord, as the advisor typed it' }) foreword!: string;
  @Field({ description: 'Temaer, as the advisor typed it' }) themes!: string;
  @Field({ description: 'Eksempler, as the advisor typed it' }) examples!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field({ description: "The municipality's introduction to its follow-up note, as typed" }) followUpIntro!: string;
}
