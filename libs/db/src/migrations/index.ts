import { Init1732300000000 } from './1732300000000-init';
import { Municipalities1732300000001 } from './1732300000001-municipalities';
import { InquiryWork1732300000002 } from './1732300000002-inquiry-work';
import { CitizenSearch1732300000003 } from './1732300000003-citizen-search';
import { REPORT_TABLES, Reports1732300000004 } from './1732300000004-reports';
import { REPORT_DOCUMENT_TABLES, ReportDocuments1732300000005 } from './1732300000005-report-documents';
import { FOLLOW_UP_TABLES, FollowUp1732300000006 } from './1732300000006-follow-up';
import { Benchmark1732300000007, BENCHMARK_TABLES } from './1732300000007-benchmark';
import { AuditWithoutTenantLock1732300000008 } from './1732300000008-audit-without-tenant-lock';
import { FOLLOW_UP_ATTACHMENT_TABLES, FollowUpAttachments1732300000010 } from './1732300000010-follow-up-attachments';
import { CatalogueVersion1732300000011, TENANT_VERSION_TABLES } from './1732300000011-catalogue-version';
import { SearchFunctions1732300000012 } from './1732300000012-search-functions';
import { InquiryVersion1732300000013 } from './1732300000013-inquiry-version';
import { INVITATION_TABLES, TenantInvitation1732300000014 } from './1732300000014-tenant-invitation';
import { ImportErrorTotal1732300000018 } from './1732300000018-import-error-total';
import { OrgUnitNote1732300000019 } from './1732300000019-org-unit-note';
import { MembershipStatus1732300000022 } from './1732300000022-membership-status';
import { TenantOperation1732300000035 } from './1732300000035-tenant-operation';
import { TENANT_LOGO_TABLES, TenantLogo1732300000050 } from './1732300000050-tenant-logo';
import { CATALOGUE_RENAME_TABLES, CatalogueRenames1732300000051 } from './1732300000051-catalogue-renames';
import { BenchmarkSnapshot1732300000052 } from './1732300000052-benchmark-snapshot';
import { BenchmarkComparability1732300000053, NATIONAL_MAPPING_CHANGE_TABLES } from './1732300000053-benchmark-comparability';
import { IDENTITY_PROVIDER_TABLES, IdentityProviders1732300000054 } from './1732300000054-identity-providers';
import { ARCHIVE_PACKAGE_TABLES, ArchivePackage1732300000055 } from './1732300000055-archive-package';
import { RETENTION_TABLES, Retention1732300000059 } from './1732300000059-retention';
import { TenantDelete1732300000060 } from './1732300000060-tenant-delete';
import { MigrationReadiness1732300000061 } from './1732300000061-migration-readiness';
import { CertificateExpiry1732300000063 } from './1732300000063-certificate-expiry';
import { SecondFactor1732300000056 } from './1732300000056-second-factor';
import { SsoSessions1732300000057 } from './1732300000057-sso-sessions';
import { JOB_OUTBOX_TABLES, JobOutbox1732300000062 } from './1732300000062-job-outbox';


import { TENANT_TABLES } from './1732300000000-init';

export { TENANT_TABLES };
export { PUBLIC_READ_TENANT_TABLES } from './1732300000007-benchmark';
/** Tables with a tenant_id added after the first migration; the catalog gate checks them all. */
export const LATER_TENANT_TABLES = ['learning_entry', 'import_job', ...REPORT_TABLES, ...REPORT_DOCUMENT_TABLES, ...FOLLOW_UP_TABLES, ...BENCHMARK_TABLES, ...FOLLOW_UP_ATTACHMENT_TABLES, ...TENANT_VERSION_TABLES, ...INVITATION_TABLES, ...TENANT_LOGO_TABLES, ...CATALOGUE_RENAME_TABLES, ...NATIONAL_MAPPING_CHANGE_TABLES, ...IDENTITY_PROVIDER_TABLES, ...ARCHIVE_PACKAGE_TABLES, ...RETENTION_TABLES, ...JOB_OUTBOX_TABLES] as const;
export const MIGRATIONS = [Init1732300000000, Municipalities1732300000001, InquiryWork1732300000002, CitizenSearch1732300000003, Reports1732300000004, ReportDocuments1732300000005, FollowUp1732300000006, Benchmark1732300000007, AuditWithoutTenantLock1732300000008, FollowUpAttachments1732300000010, CatalogueVersion1732300000011, SearchFunctions1732300000012, InquiryVersion1732300000013, TenantInvitation1732300000014, ImportErrorTotal1732300000018, OrgUnitNote1732300000019, MembershipStatus1732300000022, TenantOperation1732300000035, TenantLogo1732300000050, CatalogueRenames1732300000051, BenchmarkSnapshot1732300000052, BenchmarkComparability1732300000053, IdentityProviders1732300000054, ArchivePackage1732300000055, SecondFactor1732300000056, SsoSessions1732300000057, Retention1732300000059, TenantDelete1732300000060, MigrationReadiness1732300000061, JobOutbox1732300000062, CertificateExpiry1732300000063];

export const ALL_TENANT_TABLES: readonly string[] = [...TENANT_TABLES, ...LATER_TENANT_TABLES];
