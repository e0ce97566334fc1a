import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FollowUpNoteFormat, FollowUpReportNotFoundError, inContext, loadCarryOver, loadFollowUpNoteModel, REPORT_DOCUMENT_CONTENT_TYPES } from '@raadgiver/db';
import { CarryOver, FollowUpNoteModel, InvalidInputError, NotFoundError } from '@raadgiver/domain';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { RecommendationType, ReportType } from '../reports/report.types';
import { ReportsService } from '../reports/reports.service';
import { FOLLOW_UP_INTRO_MAX, SetRecommendationFollowUpInput, WriteFollowUpInput } from './dto/follow-up.inputs';
import { FollowUpNoteQueue } from './follow-up-note-queue';
import { followUpRepository } from './follow-up.repository';
import { reportRepository, ReportRow } from '../reports/report.repository';
import { readVersionedDocument, StoredDocument, VersionedDocumentKind } from '../reports/versioned-document';
import { RecommendationConnectionType, RecommendationFollowUpType } from './follow-up.types';
import { pageSize } from '../inquiries/inquiry-cursor';
import { decodeRecommendationCursor, encodeRecommendationCursor } from './recommendation-cursor';
import { pageOf } from '../graphql/connection';

export const MAX_RECOMMENDATION_PAGE = 100;


export const FOLLOW_UP_NOTE_CONTENT_TYPES: Record<FollowUpNoteFormat, string> = {
  pdf: REPORT_DOCUMENT_CONTENT_TYPES.pdf,
  docx: REPORT_DOCUMENT_CONTENT_TYPES.docx,
};

const FOLLOW_UP_NOTE_DOCUMENTS: VersionedDocumentKind<FollowUpNoteFormat> = {
  subject: 'follow_up_note_document', documentTable: 'follow_up_note_document', versionTable: 'follow_up_note',
  contentTypes: FOLLOW_UP_NOTE_CONTENT_TYPES, auditAction: 'follow_up_note.downloaded', fileStem: 'opfoelgningsnotat',
};

/**
 * How the departments follow up a report's recommendations: the advisor's status and due date, the department
 * contacts' answers, the follow-up note made by the worker, and the carry-over into the next report. A contact sees
 * only recommendations of published reports addressed to their units; anything else reads as not found.
 */
@Injectable()
export class FollowUpService {

  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly queue: FollowUpNoteQueue,
    private readonly reports: ReportsService,
  ) {}

  /** A new status (recorded in the history with who and when) and/or due date, in any report status. */
  setRecommendationFollowUp(ctx: RequestContext, input: SetRecommendationFollowUpInput): Promise<RecommendationType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const current = await followUpRepository.recommendationForUpdate(em, input.id);
      if (!current) throw new NotFoundError('recommendation', 'id');
      const details: Record<string, unknown> = { reportId: current.reportId };
      if (input.status && input.status !== current.status) {
        await followUpRepository.setStatus(em, tenantId, current.id, input.status, userId);
        details.status = { from: current.status, to: input.status };
      }
      if (input.dueOn !== undefined && input.dueOn !== current.dueOn) {
        await followUpRepository.setDueOn(em, current.id, input.dueOn);
        details.dueOn = { from: current.dueOn, to: input.dueOn };
      }
      if ('status' in details || 'dueOn' in details) {
        await this.audit.record(em, { tenantId, userId, action: 'recommendation.follow_up_set', subjectType: 'recommendation', subjectId: current.id, details });
      }
      return (await this.reports.recommendationsOf(em, [current.reportId])).get(current.reportId)!.find((r) => r.id === current.id)!;
    });
  }

  /**
   * One recommendation: an advisor sees any of the tenant's, a council viewer those of published reports, a department
   * contact those in their scope; anything else is not found.
   */
  getRecommendation(ctx: RequestContext, id: string): Promise<RecommendationType> {
    const { userId } = ctx.requireTenant();
    assertId(id);
    const roles = ctx.requireAuth().roles;
    return ctx.run(async (em) => {
      const reportId = await followUpRepository.visibleRecommendationReport(em, userId, id, roles.includes('advisor'), roles.includes('council_viewer'));
      if (!reportId) throw new NotFoundError('recommendation', 'id');
      return (await this.reports.recommendationsOf(em, [reportId])).get(reportId)!.find((r) => r.id === id)!;
    });
  }

  /**
   * A page of the contact's recommendations: of published reports, addressed to their units; newest report first, each
   * report's in its own order. Audited, a row per page.
   */
  myRecommendations(ctx: RequestContext, first: number, after: string | null): Promise<RecommendationConnectionType> {
    const { tenantId, userId } = ctx.requireTenant();
    const limit = pageSize(first, MAX_RECOMMENDATION_PAGE);
    const cursor = after ? decodeRecommendationCursor(after) : null;
    return ctx.run(async (em) => {
      const rows = await followUpRepository.contactRecommendations(em, userId, cursor, limit + 1);
      const reportIds = [...new Set(rows.slice(0, limit).map((r) => r.reportId))];
      const groups = reportIds.length ? await this.reports.recommendationsOf(em, reportIds) : new Map<string, RecommendationType[]>();
      const byId = new Map([...groups.values()].flat().map((r) => [r.id, r]));
      const page = pageOf(rows, limit, (row) => ({ cursor: encodeRecommendationCursor(row), node: byId.get(row.id)! }));
      await this.audit.record(em, { tenantId, userId, action: 'recommendation.department_list', subjectType: 'recommendation', subjectId: null, details: { rows: page.edges.length } });
      return page;
    });
  }

  /** The contact's answer for one addressed unit in their scope; writing again replaces the text. Stored as typed. */
  writeFollowUp(ctx: RequestContext, input: WriteFollowUpInput): Promise<RecommendationFollowUpType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      // Another department's, an unpublished report's or another tenant's recommendation: all the same to the caller.
      const recommendation = await followUpRepository.recommendationInScope(em, userId, input.recommendationId);
      if (!recommendation) throw new NotFoundError('recommendation', 'recommendationId');
      if (!(await followUpRepository.addressedInScope(em, userId, recommendation.id, input.orgUnitId))) throw new NotFoundError('addressed_unit', 'orgUnitId');
      const { id, created } = await followUpRepository.writeFollowUp(em, tenantId, recommendation.id, input.orgUnitId, input.text, input.proposedStatus ?? null, userId);
      await this.audit.record(em, {
        tenantId, userId, action: created ? 'recommendation_follow_up.created' : 'recommendation_follow_up.updated', subjectType: 'recommendation_follow_up',
        subjectId: id, details: { recommendationId: recommendation.id, orgUnitId: input.orgUnitId, proposedStatus: input.proposedStatus ?? null },
      });
      return followUpRepository.followUp(em, id);
    });
  }

  /** The municipality's introduction to the follow-up note, stored as typed; in any report status. */
  updateIntro(ctx: RequestContext, reportId: string, intro: string): Promise<ReportType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(reportId, 'reportId');
    if (typeof intro !== 'string' || intro.length > FOLLOW_UP_INTRO_MAX) throw InvalidInputError.of('intro', 'too_long', { max: FOLLOW_UP_INTRO_MAX });
    return ctx.run(async (em) => {
      const report = await this.findReport(em, reportId, true);
      if (report.followUpIntro !== intro) {
        await followUpRepository.setIntro(em, tenantId, report.id, intro);
        await this.audit.record(em, { tenantId, userId, action: 'report.follow_up_intro_updated', subjectType: 'report', subjectId: report.id, details: { length: intro.length } });
      }
      return this.reports.get(ctx, report.id);
    });
  }

  /** The note's content as the worker will render it. Audited as a read of the departments' answers. */
  preview(ctx: RequestContext, reportId: string): Promise<FollowUpNoteModel> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(reportId, 'reportId');
    return ctx.run(async (em) => {
      const model = await loadFollowUpNoteModel(em, reportId).catch(notFoundAs('reportId'));
      await this.audit.record(em, { tenantId, userId, action: 'follow_up_note.previewed', subjectType: 'report', subjectId: reportId, details: { rows: model.rows.length } });
      return model;
    });
  }

  /**
   * Starts the next follow-up note version and enqueues the worker's job with it (the job outbox). While the latest version
   * is generating, asking again returns it and starts no second job (the job id is deterministic as well).
   */
  async generate(ctx: RequestContext, reportId: string): Promise<ReportType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(reportId, 'reportId');
    await inContext(this.dataSource, { tenantId, userId }, async (em) => {
      const version = await this.startNote(em, tenantId, userId, reportId);
      // Asked again while generating: the same job once more, a no-op unless it was lost.
      await this.queue.enqueue(em, { tenantId, reportId, version });
    });
    return this.reports.get(ctx, reportId);
  }

  /** The version to generate: the latest while it is generating, else a new one. */
  private async startNote(em: EntityManager, tenantId: string, userId: string, reportId: string): Promise<number> {
    const report = await this.findReport(em, reportId, true);
    if (report.followUpVersion > 0) {
      if ((await followUpRepository.noteStatus(em, report.id, report.followUpVersion)) === 'generating') return report.followUpVersion;
    }
    const next = report.followUpVersion + 1;
    await followUpRepository.startNote(em, tenantId, report.id, next);
    await this.audit.record(em, { tenantId, userId, action: 'follow_up_note.generation_requested', subjectType: 'report', subjectId: report.id, details: { version: next } });
    return next;
  }

  /**
   * The previous report's recommendations and compliance. A council viewer sees it only when the previous report is
   * published, as with the reports themselves.
   */
  async carryOver(em: EntityManager, ctx: RequestContext, reportId: string): Promise<CarryOver> {
    const carried = await loadCarryOver(em, reportId);
    if (!carried.previousReport || ctx.requireAuth().roles.includes('advisor')) return carried;
    return (await followUpRepository.reportStatus(em, carried.previousReport.id)) === 'published' ? carried : { previousReport: null, recommendations: [], tenant: { total: 0, implemented: 0, partlyImplemented: 0, share: null }, departments: [] };
  }

  /** A READY note version's document, for the download endpoint (see readVersionedDocument). */
  document(claims: AuthClaims | undefined, reportId: string, versionParam: string, format: FollowUpNoteFormat): Promise<StoredDocument> {
    return readVersionedDocument(this.dataSource, this.audit, FOLLOW_UP_NOTE_DOCUMENTS, claims, reportId, versionParam, format);
  }


  private async findReport(em: EntityManager, id: string, lock = false): Promise<ReportRow> {
    const report = await reportRepository.find(em, id, lock);
    if (!report) throw new NotFoundError('report', 'reportId');
    return report;
  }
}

/** The loaders' "report not visible" as the API's not found, naming the argument. */
function notFoundAs(field: string) {
  return (error: unknown): never => {
    if (error instanceof FollowUpReportNotFoundError) throw new NotFoundError('report', field);
    throw error;
  };
}
