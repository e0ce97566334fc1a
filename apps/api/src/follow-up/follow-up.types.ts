import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecommendationStatus } from '@raadgiver/domain';
import { REPORT_VERSION_STATUSES, ReportVersionStatus } from '@raadgiver/db';
import { ReportPeriodType } from '../reports/report-figures.types';
import { RecommendationType, ReportVersionStatusEnum } from '../reports/report.types';
import { Connection, connectionType } from '../graphql/connection';
import { RecommendationStatusEnum } from './recommendation-status.enum';

@ObjectType('RecommendationStatusChange', { description: 'A status the recommendation was given, by whom and when' })
export class RecommendationStatusChangeType {
  @Field(() => RecommendationStatusEnum) status!: RecommendationStatus;
  @Field() setAt!: Date;
  setById!: string;
}

@ObjectType('RecommendationFollowUp', { description: "A department's answer to a recommendation addressed to one of its units, kept as typed" })
export class RecommendationFollowUpType {
  @Field(() => ID) id!: string;
  @Field(() => ID) recommendationId!: string;
  @Field() text!: string;
  @Field(() => RecommendationStatusEnum, { nullable: true, description: "The department's proposal; the advisor sets the status" })
  proposedStatus!: RecommendationStatus | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  orgUnitId!: string;
  writtenById!: string;
}

@ObjectType('FollowUpAttachment', { description: "A file attached to a department's answer; download it from GET /follow-ups/:followUpId/attachments/:id" })
export class FollowUpAttachmentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) followUpId!: string;
  @Field({ description: 'As uploaded, without folders; at most 200 characters' }) fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field() createdAt!: Date;
}

@ObjectType('RecommendationReport', { description: 'The report a recommendation belongs to: what a department contact may see of it' })
export class RecommendationReportType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('FollowUpNote', { description: "The latest generation of the report's follow-up note (opfølgningsnotat); poll while GENERATING" })
export class FollowUpNoteType {
  @Field(() => Int) version!: number;
  @Field(() => ReportVersionStatusEnum, { description: `One of ${REPORT_VERSION_STATUSES.join(', ')}` }) status!: ReportVersionStatus;
  @Field(() => Int, { description: 'Per cent done, 0–100' }) progress!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
}

@ObjectType('FollowUpNoteEntry', { description: "One of a department's answers, as typed" })
export class FollowUpNoteEntryType {
  @Field() recommendationTitle!: string;
  @Field() text!: string;
  @Field(() => RecommendationStatusEnum, { nullable: true }) proposedStatus!: RecommendationStatus | null;
  @Field({ description: 'ISO timestamp of the latest change' }) writtenAt!: string;
}

@ObjectType('FollowUpNoteRow', { description: 'A department the recommendations are addressed to; no entries means it did not answer' })
export class FollowUpNoteRowType {
  @Field(() => ID) orgUnitId!: string;
  @Field() orgUnitName!: string;
  @Field(() => [FollowUpNoteEntryType]) entries!: FollowUpNoteEntryType[];
}

@ObjectType('FollowUpNotePreview', { description: 'The follow-up note as the worker will make it: the introduction and one row per department, in tree order' })
export class FollowUpNotePreviewType {
  @Field() tenantName!: string;
  @Field() reportTitle!: string;
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
  @Field() intro!: string;
  @Field(() => [FollowUpNoteRowType]) rows!: FollowUpNoteRowType[];
}

@ObjectType('ComplianceShare', { description: 'How many recommendations were implemented; partly implemented ones are counted apart, not as implemented' })
export class ComplianceShareType {
  @Field(() => Int) total!: number;
  @Field(() => Int) implemented!: number;
  @Field(() => Int) partlyImplemented!: number;
  @Field(() => Float, { nullable: true, description: 'implemented / total, 0–1; null without recommendations' }) share!: number | null;
}

@ObjectType('DepartmentCompliance', { description: 'The compliance share of the recommendations addressed to one unit' })
export class DepartmentComplianceType extends ComplianceShareType {
  @Field(() => ID) orgUnitId!: string;
  @Field() orgUnitName!: string;
}

@ObjectType('CarriedFollowUp')
export class CarriedFollowUpType {
  @Field(() => ID) orgUnitId!: string;
  @Field() orgUnitName!: string;
  @Field() text!: string;
}

@ObjectType('CarriedUnit')
export class CarriedUnitType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('CarriedRecommendation', { description: "A recommendation of the previous report, with how far it got and the departments' answers" })
export class CarriedRecommendationType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() text!: string;
  @Field(() => RecommendationStatusEnum) status!: RecommendationStatus;
  @Field(() => [CarriedUnitType], { description: 'Empty for a general recommendation; in department-tree order' }) orgUnits!: CarriedUnitType[];
  @Field(() => [CarriedFollowUpType]) followUps!: CarriedFollowUpType[];
}

@ObjectType('CarriedReport')
export class CarriedReportType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
}

@ObjectType('CarryOver', { description: "The previous report's recommendations with status and follow-up, and the share implemented" })
export class CarryOverType {
  @Field(() => CarriedReportType, { nullable: true, description: "The tenant's report with the latest end before this report's start" })
  previousReport!: CarriedReportType | null;
  @Field(() => [CarriedRecommendationType]) recommendations!: CarriedRecommendationType[];
  @Field(() => ComplianceShareType, { description: 'All the previous report’s recommendations, general ones included' }) tenant!: ComplianceShareType;
  @Field(() => [DepartmentComplianceType], { description: 'Per addressed unit, in department-tree order' }) departments!: DepartmentComplianceType[];
}

@ObjectType('DecidedCaseVolume', { description: "A unit's number of decided cases in a year (afgjorte sager), entered by the tenant admin" })
export class DecidedCaseVolumeType {
  @Field(() => ID) orgUnitId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) decidedCases!: number;
  @Field() updatedAt!: Date;
}

export const RecommendationConnectionType = connectionType(RecommendationType, 'Recommendation', "A page of the recommendations addressed to the contact's units, newest report first");
export type RecommendationConnectionType = Connection<RecommendationType>;
