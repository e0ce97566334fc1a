import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { inContext, loadReportInput, REPORT_DOCUMENT_CONTENT_TYPES, ReportDocumentFormat, ReportStatus } from '@raadgiver/db';
import { computeReportFigures, ConflictError, NotFoundError, ReportFigures, ReportPeriod } from '@raadgiver/domain';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { OrgUnitType } from '../org-units/org-unit.types';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { checkOptionalPeriod, checkPeriod, PeriodInput } from './dto/period.input';
import { AddRecommendationInput, CreateReportInput, UpdateRecommendationInput, UpdateReportSectionsInput } from './dto/report.inputs';
import { ReportQueue } from './report-queue';
import { reportRepository, ReportRow, ReportSections } from './report.repository';
import { readVersionedDocument, StoredDocument, VersionedDocumentKind } from './versioned-document';
import { RecommendationType, ReportGenerationType, ReportType, ReportVersionType } from './report.types';

/** Statuses in which the advisor may change the prose and the recommendations. */
const EDITABLE: readonly ReportStatus[] = ['draft', 'ready'];


const REPORT_DOCUMENTS: VersionedDocumentKind<ReportDocumentFormat> = {
  subject: 'report_document', documentTable: 'report_document', versionTable: 'report_version', contentTypes: REPORT_DOCUMENT_CONTENT_TYPES,
  auditAction: 'report.downloaded', fileStem: 'beretning',
};

export function toReportType(report: ReportRow): ReportType {
  const comparison: ReportPeriod | null =
    report.comparisonFrom && report.comparisonTo ? { from: report.comparisonFrom, to: report.comparisonTo } : null;
  return {
    id: report.id, title: report.title, period: { from: report.periodFrom, to: report.periodTo }, comparison, status: report.status,
    currentVersion: report.currentVersion, foreword: report.foreword, themes: report.themes, examples: report.examples,
    createdAt: report.createdAt, updatedAt: report.updatedAt, publishedAt: report.publishedAt, followUpIntro: report.followUpIntro,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * The annual report: the live preview of its figures, and the report's life from draft to published with the
 * advisor's prose and recommendations. A council viewer sees published reports only; another tenant's are not found.
 */
@Injectable()
export class ReportsService {

  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly queue: ReportQueue,
  ) {}

  /**
   * Starts the next version's generation (from DRAFT or READY) and enqueues the worker's job in the same transaction
   * (the job outbox), so the worker finds the version, and the job is not lost while Redis is away. While the report is GENERATING, asking again returns the same version and
   * starts no second job (the job id is deterministic, so the re-add is a no-op in BullMQ).
   */
  async generate(ctx: RequestContext, id: string): Promise<ReportType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(id);
    await inContext(this.dataSource, { tenantId, userId }, async (em) => {
      const report = await this.find(em, ctx, id, 'id', true);
      // Asked again while generating: the same job once more, a no-op unless it was lost.
      if (report.status === 'generating') {
        await this.queue.enqueue(em, { tenantId, reportId: id, version: report.currentVersion });
        return;
      }
      if (!EDITABLE.includes(report.status)) throw new ConflictError('status', 'report_not_editable', { status: report.status });
      const next = report.currentVersion + 1;
      await reportRepository.startGeneration(em, report, next);
      await this.audit.record(em, { tenantId, userId, action: 'report.generation_requested', subjectType: 'report', subjectId: report.id, details: { version: next } });
      await this.queue.enqueue(em, { tenantId, reportId: id, version: next });
    });
    return this.get(ctx, id);
  }

  /** The latest version's generation state, or null before the first. */
  async generation(ctx: RequestContext, report: ReportType): Promise<ReportGenerationType | null> {
    if (report.currentVersion === 0) return null;
    const versions = await this.loaders(ctx).versions.load(report.id);
    const current = versions.find((v) => v.version === report.currentVersion);
    return current ? { version: current.version, status: current.status, progress: current.progress, error: current.error } : null;
  }

  /** A stored document of a READY version, for the download endpoint (see readVersionedDocument). */
  document(claims: AuthClaims | undefined, reportId: string, versionParam: string, format: ReportDocumentFormat): Promise<StoredDocument> {
    return readVersionedDocument(this.dataSource, this.audit, REPORT_DOCUMENTS, claims, reportId, versionParam, format);
  }


  /** The figures for any period, computed from the registrations in the request's transaction, under RLS. */
  preview(ctx: RequestContext, periodInput: PeriodInput, comparisonInput: PeriodInput | null | undefined): Promise<ReportFigures> {
    const { tenantId, userId } = ctx.requireTenant();
    const period = checkPeriod(periodInput, 'period');
    const comparison = checkOptionalPeriod(comparisonInput, 'comparison');
    return ctx.run(async (em) => {
      const figures = computeReportFigures(await loadReportInput(em, period, comparison));
      await this.audit.record(em, { tenantId, userId, action: 'report.previewed', subjectType: 'report', subjectId: null, details: { period, comparison } });
      return figures;
    });
  }

  list(ctx: RequestContext): Promise<ReportType[]> {
    ctx.requireTenant();
    const publishedOnly = this.publishedOnly(ctx);
    return ctx.run(async (em) => (await reportRepository.list(em, publishedOnly)).map(toReportType));
  }

  get(ctx: RequestContext, id: string): Promise<ReportType> {
    ctx.requireTenant();
    assertId(id);
    return ctx.run(async (em) => toReportType(await this.find(em, ctx, id, 'id')));
  }

  create(ctx: RequestContext, input: CreateReportInput): Promise<ReportType> {
    const { tenantId, userId } = ctx.requireTenant();
    const period = checkPeriod(input.period, 'period');
    const comparison = checkOptionalPeriod(input.comparison, 'comparison');
    return ctx.run(async (em) => {
      const id = await reportRepository.create(em, {
        tenantId, title: input.title, periodFrom: period.from, periodTo: period.to, comparisonFrom: comparison?.from ?? null,
        comparisonTo: comparison?.to ?? null, createdBy: userId,
      });
      if (id === null) throw new ConflictError('period', 'report_exists', { from: period.from, to: period.to });
      await this.audit.record(em, { tenantId, userId, action: 'report.created', subjectType: 'report', subjectId: id, details: { period, comparison } });
      return toReportType(await this.find(em, ctx, id, 'id'));
    });
  }

  updateSections(ctx: RequestContext, input: UpdateReportSectionsInput): Promise<ReportType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const report = await this.findEditable(em, ctx, input.id, 'id');
      const changes: ReportSections = {};
      for (const key of ['title', 'foreword', 'themes', 'examples'] as const) {
        const value = input[key];
        if (value !== null && value !== undefined && value !== report[key]) changes[key] = value;
      }
      const fields = Object.keys(changes);
      if (fields.length) {
        await reportRepository.update(em, report, changes, 'draft');
        await this.audit.record(em, {
          tenantId, userId, action: 'report.sections_updated', subjectType: 'report', subjectId: report.id,
          details: { fields, fromStatus: report.status },
        });
      }
      return toReportType(await this.find(em, ctx, report.id, 'id'));
    });
  }

  addRecommendation(ctx: RequestContext, input: AddRecommendationInput): Promise<RecommendationType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const report = await this.findEditable(em, ctx, input.reportId, 'reportId');
      const orgUnitIds = await this.checkOrgUnits(em, input.orgUnitIds);
      const recommendationId = await reportRepository.addRecommendation(em, tenantId, report.id, input.title, input.text);
      await reportRepository.setAddressedUnits(em, tenantId, recommendationId, orgUnitIds);
      await this.touch(em, report);
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation.added', subjectType: 'recommendation', subjectId: recommendationId,
        details: { reportId: report.id, orgUnitIds },
      });
      return (await this.recommendationsOf(em, [report.id])).get(report.id)!.find((r) => r.id === recommendationId)!;
    });
  }

  updateRecommendation(ctx: RequestContext, input: UpdateRecommendationInput): Promise<RecommendationType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const existing = await this.findRecommendation(em, input.id);
      const report = await this.findEditable(em, ctx, existing.reportId, 'id');
      const orgUnitIds = await this.checkOrgUnits(em, input.orgUnitIds);
      await reportRepository.updateRecommendation(em, tenantId, existing.id, input.title, input.text, input.sortOrder ?? existing.sortOrder);
      await reportRepository.setAddressedUnits(em, tenantId, existing.id, orgUnitIds);
      await this.touch(em, report);
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation.updated', subjectType: 'recommendation', subjectId: existing.id,
        details: { reportId: report.id, orgUnitIds },
      });
      return (await this.recommendationsOf(em, [report.id])).get(report.id)!.find((r) => r.id === existing.id)!;
    });
  }

  removeRecommendation(ctx: RequestContext, id: string): Promise<ReportType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(id);
    return ctx.run(async (em) => {
      const existing = await this.findRecommendation(em, id);
      const report = await this.findEditable(em, ctx, existing.reportId, 'id');
      await reportRepository.removeRecommendation(em, tenantId, existing.id);
      await this.touch(em, report);
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation.removed', subjectType: 'recommendation', subjectId: existing.id, details: { reportId: report.id },
      });
      return toReportType(await this.find(em, ctx, report.id, 'id'));
    });
  }

  publish(ctx: RequestContext, id: string): Promise<ReportType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(id);
    return ctx.run(async (em) => {
      const report = await this.find(em, ctx, id, 'id', true);
      if (report.status !== 'ready') {
        throw new ConflictError('status', 'report_not_ready', { status: report.status });
      }
      await reportRepository.publish(em, report);
      await this.audit.record(em, {
        tenantId, userId, action: 'report.published', subjectType: 'report', subjectId: report.id, details: { version: report.currentVersion },
      });
      return toReportType(await this.find(em, ctx, report.id, 'id'));
    });
  }

  /** Request-scoped loaders for the report's recommendations and versions: one query per relation and request. */
  loaders(ctx: RequestContext) {
    return ctx.loader('reports', () => ({
      recommendations: new DataLoader<string, RecommendationType[]>((ids) =>
        ctx.run(async (em) => {
          const groups = await this.recommendationsOf(em, [...ids]);
          return ids.map((id) => groups.get(id) ?? []);
        }),
      ),
      versions: new DataLoader<string, ReportVersionType[]>((ids) =>
        ctx.run(async (em) => {
          const groups = groupBy(await reportRepository.versions(em, ids), (v) => v.reportId);
          return ids.map((id) => (groups.get(id) ?? []).map((v) => ({ ...v, figures: v.figures as ReportVersionType['figures'] })));
        }),
      ),
    }));
  }

  private publishedOnly(ctx: RequestContext): boolean {
    return !ctx.requireAuth().roles.includes('advisor');
  }

  /** A report the caller may see; another tenant's (hidden by RLS) or, for a council viewer, an unpublished one is not found. */
  private async find(em: EntityManager, ctx: RequestContext, id: string, field: string, lock = false): Promise<ReportRow> {
    const report = await reportRepository.find(em, id, lock);
    if (!report || (this.publishedOnly(ctx) && report.status !== 'published')) throw new NotFoundError('report', field);
    return report;
  }

  private async findEditable(em: EntityManager, ctx: RequestContext, id: string, field: string): Promise<ReportRow> {
    const report = await this.find(em, ctx, id, field, true);
    if (!EDITABLE.includes(report.status)) throw new ConflictError('status', 'report_not_editable', { status: report.status });
    return report;
  }

  private async findRecommendation(em: EntityManager, id: string): Promise<{ id: string; reportId: string; sortOrder: number }> {
    const recommendation = await reportRepository.findRecommendation(em, id);
    if (!recommendation) throw new NotFoundError('recommendation', 'id');
    return recommendation;
  }

  /** Any change to the content makes a ready report a draft again: its documents no longer match. */
  private async touch(em: EntityManager, report: ReportRow): Promise<void> {
    await reportRepository.update(em, report, {}, 'draft');
  }

  private async checkOrgUnits(em: EntityManager, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    // Another tenant's unit is invisible under RLS and so reads as not found.
    if ((await reportRepository.countOrgUnits(em, unique)) !== unique.length) throw new NotFoundError('org_unit', 'orgUnitIds');
    return unique;
  }

  /** The reports' recommendations in their order, each with its addressed units; shared with the follow-up module. */
  async recommendationsOf(em: EntityManager, reportIds: string[]): Promise<Map<string, RecommendationType[]>> {
    const rows = await reportRepository.recommendationsOf(em, reportIds);
    const units = rows.length ? await reportRepository.addressedUnits(em, rows.map((r) => r.id)) : [];
    const unitsOf = groupBy(units, (u) => u.recommendationId);
    const result = rows.map((r): RecommendationType => {
      const orgUnits: OrgUnitType[] = (unitsOf.get(r.id) ?? [])
        .map(({ recommendationId: _recommendationId, ...unit }) => unit)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da'));
      return { ...r, orgUnits, general: orgUnits.length === 0 };
    });
    return groupBy(result, (r) => r.reportId);
  }
}
