import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import { ConflictError, InvalidInputError, isCalendarDate, NotFoundError, UnauthenticatedError } from '@raadgiver/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { assertId } from '../common/id-arg';
import { DownloadFile } from '../downloads/send-download';
import { RequestContext } from '../graphql/request-context';
import { PeriodInput } from '../reports/dto/period.input';
import { tenantRegistry } from '../tenants/tenant.repository';
import { ArchivePackageRow, archiveRepository } from './archive.repository';
import { ArchiveQueue } from './archive-queue';
import { leavingRepository } from './leaving.repository';
import { ArchivePackageType } from './archive.types';

export function toArchivePackage(row: ArchivePackageRow): ArchivePackageType {
  return {
    id: row.id, scope: row.scope, periodFrom: row.period_from, periodTo: row.period_to, status: row.status, requestedAt: row.requested_at,
    finishedAt: row.finished_at, sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes), sha256: row.sha256,
    deliveredAt: row.delivered_at, deliveredByName: row.delivered_by_name,
  };
}

/** Both days exist and the period runs forward; unlike a report's, an archive's period may be long. */
function checkArchivePeriod(input: PeriodInput): { from: string; to: string } {
  if (!isCalendarDate(input.from)) throw InvalidInputError.of('period.from', 'not_a_date');
  if (!isCalendarDate(input.to)) throw InvalidInputError.of('period.to', 'not_a_date');
  if (input.to < input.from) throw InvalidInputError.of('period.to', 'date_before_field', { other: 'period.from', date: input.from });
  return { from: input.from, to: input.to };
}

const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/**
 * Archive packages: the tenant admin asks for a period's archive, downloads it and marks it delivered; the operator
 * asks for an export of everything before a municipality leaves and downloads it. The worker builds them (archives.build).
 */
@Injectable()
export class ArchivesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queue: ArchiveQueue,
  ) {}

  list(ctx: RequestContext): Promise<ArchivePackageType[]> {
    ctx.requireTenant();
    return ctx.run(async (em) => (await archiveRepository.list(em)).map(toArchivePackage));
  }

  request(ctx: RequestContext, periodInput: PeriodInput): Promise<ArchivePackageType> {
    const { tenantId, userId } = ctx.requireTenant();
    const period = checkArchivePeriod(periodInput);
    return ctx.run((em) => this.add(ctx, em, tenantId, userId, 'period', period));
  }

  markDelivered(ctx: RequestContext, id: string): Promise<ArchivePackageType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(id);
    return ctx.run(async (em) => {
      const row = await archiveRepository.one(em, id);
      if (!row) throw new NotFoundError('archive_package', 'id');
      if (row.delivered_at) throw new ConflictError('id', 'archive_already_delivered');
      if (row.status !== 'ready') throw new ConflictError('id', 'archive_not_ready');
      await archiveRepository.deliver(em, id, userId);
      await this.audit.record(em, { tenantId, userId, action: 'archive.delivered', subjectType: 'archive_package', subjectId: id, details: { periodFrom: row.period_from, periodTo: row.period_to } });
      return toArchivePackage((await archiveRepository.one(em, id))!);
    });
  }

  /** The operator: an export of everything the municipality holds, built by the worker. */
  exportTenant(ctx: RequestContext, tenantId: string): Promise<ArchivePackageType> {
    const { userId } = ctx.requireAuth();
    assertId(tenantId, 'tenantId');
    return ctx.run(async (em) => {
      if (!(await leavingRepository.tenant(em, tenantId))) throw new NotFoundError('municipality', 'tenantId');
      return tenantRegistry.inTenant(em, tenantId, async () => this.add(ctx, em, tenantId, userId, 'everything', { from: await archiveRepository.firstDay(em), to: today() }));
    });
  }

  /** The operator: the municipality's latest export of everything, or null. */
  tenantExport(ctx: RequestContext, tenantId: string): Promise<ArchivePackageType | null> {
    assertId(tenantId, 'tenantId');
    return ctx.run((em) => tenantRegistry.inTenant(em, tenantId, async () => {
      const row = await archiveRepository.latestEverything(em);
      return row ? toArchivePackage(row) : null;
    }));
  }

  /** The ZIP of a ready package: the tenant admin's own, or (operator) a municipality's export of everything. Audited. */
  async download(claims: AuthClaims | undefined, id: string, operatorTenantId?: string): Promise<DownloadFile> {
    if (!claims) throw new UnauthenticatedError();
    const tenantId = operatorTenantId ?? claims.tenantId;
    if (!tenantId) throw new UnauthenticatedError();
    assertId(id);
    if (operatorTenantId) assertId(operatorTenantId, 'tenantId');
    return inContext(this.dataSource, { tenantId, userId: claims.userId, operator: claims.operator }, async (em) => {
      const row = await archiveRepository.content(em, id);
      if (!row || (operatorTenantId && row.scope !== 'everything')) throw new NotFoundError('archive_package', 'id');
      if (row.status !== 'ready' || !row.content) throw new ConflictError('id', 'archive_not_ready');
      await this.audit.record(em, { tenantId, userId: claims.userId, action: 'archive.downloaded', subjectType: 'archive_package', subjectId: id, details: { bytes: row.content.length } });
      const name = row.scope === 'everything' ? `raadgiver-eksport-${row.period_to}.zip` : `raadgiver-arkiv-${row.period_from}-${row.period_to}.zip`;
      return { contentType: 'application/zip', fileName: name, content: row.content };
    });
  }

  private async add(ctx: RequestContext, em: EntityManager, tenantId: string, userId: string, scope: 'period' | 'everything', period: { from: string; to: string }): Promise<ArchivePackageType> {
    const packageId = await archiveRepository.add(em, userId, scope, period.from, period.to);
    await this.audit.record(em, { tenantId, userId, action: 'archive.requested', subjectType: 'archive_package', subjectId: packageId, details: { scope, periodFrom: period.from, periodTo: period.to } });
    await this.queue.enqueue(em, { tenantId, packageId });
    return toArchivePackage((await archiveRepository.one(em, packageId))!);
  }
}
