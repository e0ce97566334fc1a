import { DataSource } from 'typeorm';
import { inContext } from '../tenancy/db-context';
import { retentionRepository } from './retention.repository';

/** What one tenant's retention run removed: counts only. */
export interface RetentionRunResult {
  inquiries: number;
  importJobs: number;
  auditEvents: number;
}

/**
 * One tenant's retention run (the nightly job's work): every inquiry due on `today` anonymised in its own short
 * transaction (a failure leaves the others done, and the next night retries it), then the import jobs' old files and
 * error texts, then the audit events past their retention. Idempotent.
 */
export async function runTenantRetention(dataSource: DataSource, tenantId: string, today: string): Promise<RetentionRunResult> {
  const ctx = { tenantId, userId: null };
  const due = await inContext(dataSource, ctx, (em) => retentionRepository.dueInquiries(em, tenantId, today));
  let inquiries = 0;
  for (const inquiryId of due) {
    if (await inContext(dataSource, ctx, (em) => retentionRepository.anonymiseInquiry(em, tenantId, inquiryId))) inquiries += 1;
  }
  const importJobs = await inContext(dataSource, ctx, (em) => retentionRepository.purgeImports(em, tenantId));
  const auditEvents = await inContext(dataSource, ctx, (em) => retentionRepository.purgeAudit(em, tenantId));
  return { inquiries, importJobs, auditEvents };
}
