import { Injectable, Logger } from '@nestjs/common';
import { ARCHIVE_TABLE_NAMES, ArchiveRow, ArchiveTableName, inContext } from '@raadgiver/db';
import { BuildArchivePackagePayload, isUuid, JOBS } from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { ArchiveContent, buildArchiveZip, sha256Hex } from './archive-contents';
import { archivePackageRepository, ArchiveScope } from './archive-package.repository';

/** What a build reports (the job's result): sizes only. */
export interface BuildArchivePackageResult {
  packageId: string;
  /** False when the package was ready already (a retry of a finished job). */
  built: boolean;
  bytes: number;
}

/**
 * The archives.build job: reads the package's period (or everything) under the tenant's row-level security in one
 * transaction, builds the ZIP (archive-contents.ts) and stores it with its size and SHA-256, ready, in one transaction.
 * A failure is retried; on the last attempt the package is marked failed, so the admin sees it and may ask again.
 */
@Injectable()
export class ArchivePackageService {
  private readonly logger = new Logger(ArchivePackageService.name);

  constructor(private readonly dataSource: DataSource) {}

  @JobHandler(JOBS.buildArchivePackage)
  async handle(job: Job<BuildArchivePackagePayload>): Promise<BuildArchivePackageResult> {
    const { tenantId, packageId } = job.data ?? {};
    if (!isUuid(tenantId) || !isUuid(packageId)) throw new UnrecoverableError('The job payload needs tenantId and packageId');
    try {
      return await this.build(tenantId, packageId);
    } catch (error) {
      if (error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await inContext(this.dataSource, { tenantId, userId: null }, (em) => archivePackageRepository.fail(em, packageId, 'build_failed')).catch(() => undefined);
      }
      throw error;
    }
  }

  async build(tenantId: string, packageId: string): Promise<BuildArchivePackageResult> {
    const ctx = { tenantId, userId: null };
    const content = await inContext(this.dataSource, ctx, async (em): Promise<ArchiveContent | 'ready' | null> => {
      const row = await archivePackageRepository.package(em, packageId);
      if (!row) return null;
      if (row.status === 'ready') return 'ready';
      await archivePackageRepository.start(em, packageId);
      const scope: ArchiveScope = { from: row.period_from, to: row.period_to, everything: row.scope === 'everything' };
      const tables = {} as Record<ArchiveTableName, ArchiveRow[]>;
      for (const name of ARCHIVE_TABLE_NAMES) tables[name] = await archivePackageRepository.table(em, name, scope);
      const tenant = await archivePackageRepository.tenant(em);
      return {
        tenantName: tenant.name, kommunekode: tenant.kommunekode, packageId,
        scope: scope.everything ? 'everything' : 'period', period: { from: row.period_from, to: row.period_to },
        requestedBy: row.requested_by_name, madeAt: new Date().toISOString(), tables,
        documents: await archivePackageRepository.pdfContents(em, scope),
      };
    });
    if (content === null) throw new UnrecoverableError(`Archive package ${packageId} does not exist`);
    if (content === 'ready') return { packageId, built: false, bytes: 0 };

    const zip = await buildArchiveZip(content);
    const stored = await inContext(this.dataSource, ctx, async (em) => {
      await archivePackageRepository.start(em, packageId);
      return archivePackageRepository.store(em, tenantId, packageId, zip, sha256Hex(zip));
    });
    this.logger.log(`Archive package ${packageId} ${stored ? `built (${zip.length} bytes)` : 'was already ready'}`);
    return { packageId, built: stored, bytes: zip.length };
  }
}
