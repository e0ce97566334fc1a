import { Injectable } from '@nestjs/common';
import { retentionRepository } from '@raadgiver/db';
import { ConflictError, FieldProblem, InvalidInputError, isUuid, NotFoundError } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { RetentionBoundsRow, retentionSettingsRepository, TenantRetentionRow } from './retention.repository';
import { CitizenErasureType, InquiryRetentionType, RetentionSettingsType } from './retention.types';

/** The widest bounds the operator may set, in years (the database holds the same). */
export const RETENTION_YEAR_LIMITS = { min: 1, max: 100 } as const;
const REASON_LIMITS = { min: 1, max: 500 } as const;

function reasonOf(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < REASON_LIMITS.min || trimmed.length > REASON_LIMITS.max) throw InvalidInputError.of('reason', 'length_between', REASON_LIMITS);
  return trimmed;
}

/** A year count outside [min, max], as the field's problem. */
function outside(path: string, value: number, min: number, max: number): FieldProblem[] {
  return value < min || value > max ? [{ path, code: 'out_of_range', params: { min, max } }] : [];
}

/**
 * The municipality's retention settings within the operator's bounds, holds on inquiries, and Article 17 erasure. The
 * removal itself is the database's retention functions' (migration 0059); erasure calls the same path as the nightly run.
 */
@Injectable()
export class RetentionService {
  constructor(private readonly audit: AuditService) {}

  settings(ctx: RequestContext): Promise<RetentionSettingsType> {
    ctx.requireTenant();
    return ctx.run(async (em) => ({ ...(await retentionSettingsRepository.settings(em)), bounds: await retentionSettingsRepository.bounds(em) }));
  }

  bounds(ctx: RequestContext): Promise<RetentionBoundsRow> {
    return ctx.run((em) => retentionSettingsRepository.bounds(em));
  }

  setSettings(ctx: RequestContext, input: TenantRetentionRow): Promise<RetentionSettingsType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const bounds = await retentionSettingsRepository.bounds(em);
      const problems = [
        ...outside('inquiryYears', input.inquiryYears, bounds.inquiryMinYears, bounds.inquiryMaxYears),
        ...outside('auditYears', input.auditYears, bounds.auditMinYears, bounds.auditMaxYears),
      ];
      if (problems.length) throw new InvalidInputError(problems);
      const settings = { inquiryYears: input.inquiryYears, auditYears: input.auditYears, waitForArchive: input.waitForArchive };
      await retentionSettingsRepository.setSettings(em, tenantId, settings, userId);
      await this.audit.record(em, { tenantId, userId, action: 'tenant.retention_set', subjectType: 'tenant', subjectId: tenantId, details: { ...settings } });
      return { ...settings, bounds };
    });
  }

  /** The operator's bounds: each minimum at most its maximum, all within RETENTION_YEAR_LIMITS. */
  setBounds(ctx: RequestContext, input: RetentionBoundsRow): Promise<RetentionBoundsRow> {
    const { userId } = ctx.requireAuth();
    const { min, max } = RETENTION_YEAR_LIMITS;
    const problems = [
      ...outside('inquiryMinYears', input.inquiryMinYears, min, max),
      ...outside('inquiryMaxYears', input.inquiryMaxYears, Math.max(min, input.inquiryMinYears), max),
      ...outside('auditMinYears', input.auditMinYears, min, max),
      ...outside('auditMaxYears', input.auditMaxYears, Math.max(min, input.auditMinYears), max),
    ];
    if (problems.length) throw new InvalidInputError(problems);
    return ctx.run(async (em) => {
      if (!(await retentionSettingsRepository.setBounds(em, input, userId))) throw new NotFoundError('municipality', 'inquiryMinYears');
      return retentionSettingsRepository.bounds(em);
    });
  }

  /** An inquiry's hold, by its id or its case number (the tenant admin sees no case content, so knows only that). */
  inquiryRetention(ctx: RequestContext, by: { inquiryId?: string | null; reference?: string | null }): Promise<InquiryRetentionType> {
    ctx.requireTenant();
    const field = by.inquiryId ? 'inquiryId' : 'reference';
    if (by.inquiryId ? !isUuid(by.inquiryId) : !by.reference?.trim()) throw new NotFoundError('inquiry', field);
    return ctx.run(async (em) => {
      const inquiry = by.inquiryId
        ? await retentionSettingsRepository.inquiry(em, by.inquiryId)
        : await retentionSettingsRepository.inquiryByReference(em, by.reference!.trim());
      if (!inquiry) throw new NotFoundError('inquiry', field);
      return this.retentionOf(em, inquiry);
    });
  }

  private async retentionOf(em: EntityManager, inquiry: { id: string; citizenId: string; anonymisedAt: Date | null }): Promise<InquiryRetentionType> {
    return { inquiryId: inquiry.id, citizenId: inquiry.citizenId, hold: await retentionSettingsRepository.openHold(em, inquiry.id), anonymisedAt: inquiry.anonymisedAt };
  }

  setHold(ctx: RequestContext, inquiryId: string, reason: string): Promise<InquiryRetentionType> {
    const { tenantId, userId } = ctx.requireTenant();
    const text = reasonOf(reason);
    return ctx.run(async (em) => {
      const inquiry = await retentionSettingsRepository.inquiry(em, inquiryId);
      if (!inquiry) throw new NotFoundError('inquiry', 'inquiryId');
      if (await retentionSettingsRepository.openHold(em, inquiryId)) throw InvalidInputError.of('inquiryId', 'on_hold');
      await retentionSettingsRepository.setHold(em, tenantId, inquiryId, text, userId);
      await this.audit.record(em, { tenantId, userId, action: 'inquiry.hold_set', subjectType: 'inquiry', subjectId: inquiryId, details: { citizenId: inquiry.citizenId } });
      return this.retentionOf(em, inquiry);
    });
  }

  liftHold(ctx: RequestContext, inquiryId: string, reason: string): Promise<InquiryRetentionType> {
    const { tenantId, userId } = ctx.requireTenant();
    const text = reasonOf(reason);
    return ctx.run(async (em) => {
      const inquiry = await retentionSettingsRepository.inquiry(em, inquiryId);
      if (!inquiry) throw new NotFoundError('inquiry', 'inquiryId');
      if (!(await retentionSettingsRepository.liftHold(em, inquiryId, text, userId))) throw InvalidInputError.of('inquiryId', 'not_on_hold');
      await this.audit.record(em, { tenantId, userId, action: 'inquiry.hold_lifted', subjectType: 'inquiry', subjectId: inquiryId, details: { citizenId: inquiry.citizenId } });
      return this.retentionOf(em, inquiry);
    });
  }

  /** Article 17: the citizen's personal data removed the way retention removes it; audited by the database function. */
  eraseCitizen(ctx: RequestContext, citizenId: string, reason: string): Promise<CitizenErasureType> {
    const { tenantId } = ctx.requireTenant();
    const text = reasonOf(reason);
    return ctx.run(async (em) => {
      const citizen = await retentionSettingsRepository.citizen(em, citizenId);
      if (!citizen) throw new NotFoundError('citizen', 'citizenId');
      if (citizen.anonymisedAt) throw new ConflictError('citizenId', 'already_anonymised');
      if (await retentionSettingsRepository.citizenOnHold(em, citizenId)) throw InvalidInputError.of('citizenId', 'erasure_on_hold');
      const inquiries = await retentionRepository.eraseCitizen(em, tenantId, citizenId, text);
      return { citizenId, inquiries };
    });
  }
}
