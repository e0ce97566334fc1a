import { BenchmarkComment, BenchmarkCount, BenchmarkPeriod, NationalTaxonomyEntry, NationalTaxonomyVersion } from './benchmark.entities';
import {
  DecidedCaseVolume, FollowUpNote, RecommendationFollowUp, RecommendationFollowUpAttachment, RecommendationStatusChange, ReminderSent,
} from './follow-up.entities';
import { AppUser, Municipality, RefreshSession, Tenant, TenantVersion } from './platform.entities';
import { Recommendation, RecommendationOrgUnit, Report, ReportDocument, ReportVersion } from './report.entities';
import {
  AuditEvent, Category, Citizen, ImportJob, Inquiry, InquiryCategory, Membership, MembershipOrgUnit, OrgUnit, OrgUnitEvent,
  OrgUnitLink, Outcome, TenantPopulation, LearningEntry,
} from './tenant.entities';

export * from './platform.entities';
export * from './tenant.entities';
export * from './report.entities';
export * from './follow-up.entities';
export * from './benchmark.entities';

export const ENTITIES = [
  Municipality, Tenant, TenantVersion, AppUser, RefreshSession, TenantPopulation, OrgUnit, OrgUnitEvent, OrgUnitLink, Membership,
  MembershipOrgUnit, Category, Outcome, Citizen, Inquiry, InquiryCategory, AuditEvent, LearningEntry, ImportJob,
  Report, ReportVersion, ReportDocument, Recommendation, RecommendationOrgUnit,
  RecommendationStatusChange, RecommendationFollowUp, FollowUpNote, DecidedCaseVolume, ReminderSent, RecommendationFollowUpAttachment,
  NationalTaxonomyVersion, NationalTaxonomyEntry, BenchmarkPeriod, BenchmarkCount, BenchmarkComment,
];
