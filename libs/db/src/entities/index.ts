import { ArchivePackage } from './archive-package.entity';
import { JobOutboxEntry } from './job-outbox.entity';
import { TenantDeletion } from './tenant-deletion.entity';
import { AuditEvent } from './audit-event.entity';
import { BenchmarkComment, BenchmarkCount, BenchmarkPeriod, BenchmarkSnapshot, NationalMappingChange } from './benchmark.entities';
import { CatalogueRename, Category, Outcome } from './catalog.entities';
import { Citizen } from './citizen.entity';
import { DecidedCaseVolume } from './decided-case-volume.entity';
import { FollowUpNote } from './follow-up-note.entity';
import { TenantIdentityProvider, UserIdentity } from './identity.entities';
import { ImportJob } from './import-job.entity';
import { Inquiry, InquiryCategory } from './inquiry.entities';
import { LearningEntry } from './learning-entry.entity';
import { Membership, MembershipOrgUnit } from './membership.entities';
import { Municipality } from './municipality.entity';
import { OrgUnit, OrgUnitEvent, OrgUnitLink } from './org-unit.entities';
import {
  Recommendation, RecommendationFollowUp, RecommendationFollowUpAttachment, RecommendationOrgUnit, RecommendationStatusChange, ReminderSent,
} from './recommendation.entities';
import { Report, ReportDocument, ReportVersion } from './report.entities';
import { CitizenErasure, InquiryHold, RetentionBounds, TenantRetention } from './retention.entities';
import { NationalTaxonomyEntry, NationalTaxonomyVersion } from './taxonomy.entities';
import { Tenant, TenantLogo, TenantPopulation, TenantVersion } from './tenant.entities';
import { UserRecoveryCode, UserSecondFactor } from './second-factor.entities';
import { AppUser, RefreshSession } from './user.entities';

export * from './tenant-owned';
export * from './municipality.entity';
export * from './tenant.entities';
export * from './user.entities';
export * from './org-unit.entities';
export * from './membership.entities';
export * from './catalog.entities';
export * from './citizen.entity';
export * from './inquiry.entities';
export * from './audit-event.entity';
export * from './learning-entry.entity';
export * from './import-job.entity';
export * from './report.entities';
export * from './recommendation.entities';
export * from './follow-up-note.entity';
export * from './decided-case-volume.entity';
export * from './taxonomy.entities';
export * from './benchmark.entities';
export * from './identity.entities';
export * from './archive-package.entity';
export * from './job-outbox.entity';
export * from './retention.entities';
export * from './tenant-deletion.entity';
export * from './second-factor.entities';

/** Every entity, for the data source. One file per aggregate; tenant-owned ones extend TenantOwned(Record). */
export const ENTITIES = [
  Municipality, Tenant, TenantVersion, AppUser, RefreshSession, TenantPopulation, OrgUnit, OrgUnitEvent, OrgUnitLink, Membership,
  MembershipOrgUnit, Category, Outcome, CatalogueRename, Citizen, Inquiry, InquiryCategory, AuditEvent, LearningEntry, ImportJob,
  Report, ReportVersion, ReportDocument, Recommendation, RecommendationOrgUnit,
  RecommendationStatusChange, RecommendationFollowUp, FollowUpNote, DecidedCaseVolume, ReminderSent, RecommendationFollowUpAttachment,
  NationalTaxonomyVersion, NationalTaxonomyEntry, BenchmarkPeriod, BenchmarkCount, BenchmarkComment, BenchmarkSnapshot, TenantLogo, NationalMappingChange,
  TenantIdentityProvider, UserIdentity, ArchivePackage, RetentionBounds, TenantRetention, InquiryHold, CitizenErasure, TenantDeletion, UserSecondFactor, UserRecoveryCode, JobOutboxEntry,
];
