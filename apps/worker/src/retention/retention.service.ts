import { Injectable, Logger } from '@nestjs/common';
import { inContext, NO_CONTEXT, RetentionRunResult, runTenantRetention, tenantRepository } from '@raadgiver/db';
import { isUuid, JOBS, MISSING_REPORT_DOCUMENTS_JOB_ID, RunTenantRetentionPayload, todayIso } from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { StartupJobs } from '../job-runner/startup-jobs';

/**
 * The nightly retention run (scheduled in JOB_SCHEDULES) and one tenant's run: personal data of closed inquiries past
 * retention removed and audit events past theirs purged, through the retention role's database functions. Logs and
 * results hold counts only. Published reports whose documents were made from removed text are made anew.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly startupJobs: StartupJobs,
  ) {}

  @JobHandler(JOBS.runRetention)
  async runAll(): Promise<RetentionRunResult & { tenants: number }> {
    const tenants = await inContext(this.dataSource, NO_CONTEXT, (em) => tenantRepository.all(em));
    const total = { tenants: tenants.length, inquiries: 0, importJobs: 0, auditEvents: 0 };
    for (const { id } of tenants) {
      const result = await this.runOne(id);
      total.inquiries += result.inquiries;
      total.importJobs += result.importJobs;
      total.auditEvents += result.auditEvents;
    }
    this.logger.log(`Retention run: ${total.inquiries} inquiries anonymised, ${total.importJobs} import jobs emptied, ${total.auditEvents} audit events removed in ${total.tenants} tenants`);
    return total;
  }

  @JobHandler(JOBS.runTenantRetention)
  async runTenant(job: Job<RunTenantRetentionPayload>): Promise<RetentionRunResult> {
    const tenantId = job.data?.tenantId;
    if (!isUuid(tenantId)) throw new UnrecoverableError('The job payload needs tenantId');
    return this.runOne(tenantId);
  }

  private async runOne(tenantId: string): Promise<RetentionRunResult> {
    const result = await runTenantRetention(this.dataSource, tenantId, todayIso());
    // A published report whose documents showed removed text has none now: the start-up job makes them anew.
    if (result.inquiries > 0) await this.startupJobs.enqueue([{ id: MISSING_REPORT_DOCUMENTS_JOB_ID, job: JOBS.generateMissingReportDocuments }]);
    return result;
  }
}
