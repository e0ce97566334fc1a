import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError, INQUIRY_KINDS, INQUIRY_STATUSES, InquiryDraft, inquiryProblems, InvalidInputError, isCalendarDate, looksLikeCpr, NotFoundError, todayIso } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { BenchmarkQueue } from '../benchmark/benchmark-queue';
import { CatalogueCache } from '../catalog/catalogue-cache';
import { RequestContext } from '../graphql/request-context';
import { ResponseTargetsService } from '../settings/response-targets.service';
import { CreateInquiryInput, InquiryFilter, UpdateInquiryInput } from './dto/inquiry.inputs';
import { assertId } from '../common/id-arg';
import { decodeCursor, pageSize } from './inquiry-cursor';
import { filterCriteria } from './inquiry-filter';
import { InquiryHydration } from './inquiry-hydration';
import { InquiryTotals } from './inquiry-totals';
import { decodeInquiryPage } from './inquiry-page';
import { catalogueRepository } from '../catalog/catalogue.repository';
import { citizenRepository } from '../citizens/citizen.repository';
import { InquiryFields, inquiryFilter, inquiryQueries, inquiryRepository } from './inquiry.repository';
import { InquiryRow } from './inquiry.rows';
import { InquiryConnectionType, InquiryCountsType, InquirySort, InquiryType } from './inquiry.types';
import { pageOf } from '../graphql/connection';

export const MAX_PAGE_SIZE = 200;

const ORDER: Record<InquirySort, { key: 'received_on' | 'reference'; direction: 'ASC' | 'DESC' }> = {
  received_desc: { key: 'received_on', direction: 'DESC' },
  received_asc: { key: 'received_on', direction: 'ASC' },
  reference_asc: { key: 'reference', direction: 'ASC' },
  reference_desc: { key: 'reference', direction: 'DESC' },
};

/** The only unique key an inquiry write can break is (tenant_id, reference). */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** The stored fields of a registration or update: the reference trimmed, the status following closedOn. */
function fieldsOf(input: CreateInquiryInput): InquiryFields {
  return {
    reference: input.reference.trim(), receivedOn: input.receivedOn, channel: input.channel, citizenId: input.citizenId, kind: input.kind,
    orgUnitId: input.orgUnitId ?? null, outcomeId: input.outcomeId ?? null, mainInquiryId: input.mainInquiryId ?? null,
    firstContactOn: input.firstContactOn ?? null, closedOn: input.closedOn ?? null, status: input.closedOn ? 'closed' : 'open', summary: input.summary,
  };
}

/** The advisor's inquiries: registration with the shared rules, the filtered list, and an audit row for each read and change. */
@Injectable()
export class InquiriesService {
  constructor(
    private readonly audit: AuditService,
    private readonly targets: ResponseTargetsService,
    private readonly hydration: InquiryHydration,
    private readonly benchmark: BenchmarkQueue,
    private readonly catalogue: CatalogueCache,
    private readonly totals: InquiryTotals,
  ) {}

  async list(ctx: RequestContext, filter: InquiryFilter | null, sort: InquirySort, first: number, after: string | null): Promise<InquiryConnectionType> {
    const { tenantId, userId } = ctx.requireTenant();
    const limit = pageSize(first, MAX_PAGE_SIZE);
    const order = ORDER[sort];
    const cursor = after ? decodeCursor(after) : null;
    if (cursor && order.key === 'received_on' && !isCalendarDate(cursor.key)) throw InvalidInputError.of('after', 'not_a_cursor');
    const where = inquiryFilter(filter);
    const totalKey = this.totals.keyOf(tenantId, where);
    const held = this.totals.get(totalKey);
    const audit = { tenantId, userId, action: 'inquiry.search' as const, subjectType: 'inquiry', subjectId: null, details: { criteria: filterCriteria(filter), sort, first: limit, page: Boolean(after) } };
    // The page, its total (unless held for the current list version) and the audit row in one statement,
    // one round trip (RequestContext.rawStatement).
    const page = decodeInquiryPage(
      await ctx.rawStatement(
        inquiryQueries.page({ where, after: cursor, orderKey: order.key, direction: order.direction, limit: limit + 1, audit, heldVersion: held?.version ?? '' }),
      ),
    );
    if (!page) throw new Error('The tenant of the request context does not exist');
    let totalCount = page.totalCount;
    if (totalCount === null) totalCount = held!.total;
    else this.totals.remember(totalKey, page.listVersion, totalCount);
    this.targets.prime(ctx, page.targets);
    const rows = page.edges(await this.catalogue.at(ctx, page.catalogueVersion), todayIso());
    return { ...pageOf(rows, limit, (edge) => edge), totalCount };
  }

  counts(ctx: RequestContext, filter: InquiryFilter | null): Promise<InquiryCountsType> {
    ctx.requireTenant();
    return ctx.run(async (em) => {
      const rows = await inquiryRepository.counts(em, filter, todayIso());
      const sum = (pick: (row: (typeof rows)[number]) => boolean, value: (row: (typeof rows)[number]) => number = (r) => r.count) =>
        rows.filter(pick).reduce((total, row) => total + value(row), 0);
      return {
        total: sum(() => true),
        byKind: INQUIRY_KINDS.map((kind) => ({ kind, count: sum((r) => r.kind === kind) })),
        byStatus: INQUIRY_STATUSES.map((status) => ({ status, count: sum((r) => r.status === status) })),
        overdue: sum(() => true, (r) => r.overdue),
      };
    });
  }

  /** An audited read of one inquiry. */
  get(ctx: RequestContext, id: string): Promise<InquiryType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(id);
    return ctx.run(async (em) => {
      const inquiry = await this.find(em, id, 'id');
      await this.audit.record(em, { tenantId, userId, action: 'inquiry.read', subjectType: 'inquiry', subjectId: id, details: { citizenId: inquiry.citizenId } });
      return this.hydration.one(ctx, inquiry);
    });
  }

  create(ctx: RequestContext, input: CreateInquiryInput): Promise<InquiryType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      await this.check(em, input, null);
      const id = await this.insert(em, tenantId, input);
      await this.audit.record(em, { tenantId, userId, action: 'inquiry.created', subjectType: 'inquiry', subjectId: id, details: { citizenId: input.citizenId } });
      await this.benchmark.refreshSoon(em, tenantId);
      return this.hydration.one(ctx, await this.find(em, id, 'id'));
    });
  }

  update(ctx: RequestContext, input: UpdateInquiryInput): Promise<InquiryType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const existing = await this.find(em, input.id, 'id');
      const existingCategoryIds = await this.categoryIdsOf(em, input.id);
      await this.check(em, input, { ...existing, categoryIds: existingCategoryIds });
      const categoryIds = [...new Set(input.categoryIds)];
      try {
        await inquiryRepository.update(em, tenantId, input.id, fieldsOf(input), categoryIds);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('reference');
        throw error;
      }
      const updated = await this.find(em, input.id, 'id');
      const changed = this.changedFields(existing, existingCategoryIds, updated, categoryIds);
      await this.audit.record(em, {
        tenantId, userId, action: 'inquiry.updated', subjectType: 'inquiry', subjectId: input.id,
        details: { citizenId: updated.citizenId, ...(existing.citizenId !== updated.citizenId ? { previousCitizenId: existing.citizenId } : {}), fields: changed },
      });
      await this.benchmark.refreshSoon(em, tenantId);
      return this.hydration.one(ctx, updated);
    });
  }

  delete(ctx: RequestContext, id: string): Promise<boolean> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(id);
    return ctx.run(async (em) => {
      const inquiry = await this.find(em, id, 'id');
      const count = await inquiryRepository.followUpCount(em, id);
      if (count > 0) throw new ConflictError('id', 'inquiry_has_follow_ups', { count });
      await inquiryRepository.delete(em, id);
      await this.audit.record(em, { tenantId, userId, action: 'inquiry.deleted', subjectType: 'inquiry', subjectId: id, details: { citizenId: inquiry.citizenId, reference: inquiry.reference } });
      await this.benchmark.refreshSoon(em, tenantId);
      return true;
    });
  }

  private async find(em: EntityManager, id: string, field: string): Promise<InquiryRow> {
    // Another tenant's inquiry is invisible under RLS and so reads as not found.
    const row = await inquiryRepository.find(em, id);
    if (!row) throw new NotFoundError('inquiry', field);
    return row;
  }

  private async categoryIdsOf(em: EntityManager, inquiryId: string): Promise<string[]> {
    return inquiryRepository.categoryIdsOf(em, inquiryId);
  }

  /** The domain rules, then everything that needs the database. `existing` is the stored row when updating. */
  private async check(em: EntityManager, input: CreateInquiryInput, existing: (InquiryRow & { categoryIds: string[] }) | null): Promise<void> {
    const citizen = await citizenRepository.find(em, input.citizenId);
    if (!citizen) throw new NotFoundError('citizen', 'citizenId');
    const draft: InquiryDraft = {
      reference: input.reference, receivedOn: input.receivedOn, channel: input.channel, citizenReference: citizen.reference, kind: input.kind,
      orgUnitId: input.orgUnitId ?? null, categoryIds: input.categoryIds, outcomeId: input.outcomeId ?? null, mainInquiryId: input.mainInquiryId ?? null,
      firstContactOn: input.firstContactOn ?? null, closedOn: input.closedOn ?? null, summary: input.summary,
    };
    const problems = inquiryProblems(draft);
    if (problems.length) throw new InvalidInputError(problems.map((problem) => ({ path: problem.field, code: problem.code, params: problem.params })));
    if (!input.confirmCprLike && looksLikeCpr(input.summary)) {
      throw InvalidInputError.of('summary', 'cpr_needs_confirmation');
    }

    if (await inquiryRepository.referenceTaken(em, input.reference.trim(), existing?.id ?? null)) throw new ConflictError('reference');

    if (input.orgUnitId) {
      if (!(await inquiryRepository.orgUnitExists(em, input.orgUnitId))) throw new NotFoundError('org_unit', 'orgUnitId');
    }
    // Inactive categories and outcomes stay allowed where the inquiry already had them.
    const categoryIds = [...new Set(input.categoryIds)];
    if (categoryIds.length) {
      const rows = (await catalogueRepository.byIds(em, 'category', categoryIds)).filter((category) => category !== null);
      if (rows.length !== categoryIds.length) throw new NotFoundError('category', 'categoryIds');
      if (rows.some((c) => !c.active && !existing?.categoryIds.includes(c.id))) throw InvalidInputError.of('categoryIds', 'no_longer_in_use');
    }
    if (input.outcomeId) {
      const outcome = await catalogueRepository.find(em, 'outcome', input.outcomeId);
      if (!outcome) throw new NotFoundError('outcome', 'outcomeId');
      if (!outcome.active && existing?.outcomeId !== input.outcomeId) throw InvalidInputError.of('outcomeId', 'no_longer_in_use');
    }
    if (input.mainInquiryId) {
      if (input.mainInquiryId === existing?.id) throw InvalidInputError.of('mainInquiryId', 'follow_up_of_itself');
      const main = await inquiryRepository.find(em, input.mainInquiryId);
      if (!main) throw new NotFoundError('main_inquiry', 'mainInquiryId');
      if (main.citizenId !== input.citizenId) throw InvalidInputError.of('mainInquiryId', 'main_of_other_citizen');
      if (main.mainInquiryId) throw InvalidInputError.of('mainInquiryId', 'main_is_follow_up');
    }
    if (existing) {
      const followUps = await inquiryRepository.followUpCount(em, existing.id);
      if (followUps > 0 && input.mainInquiryId) throw InvalidInputError.of('mainInquiryId', 'has_follow_ups_stays_main');
      if (followUps > 0 && input.citizenId !== existing.citizenId) throw InvalidInputError.of('citizenId', 'has_follow_ups_keeps_citizen');
    }
  }

  private async insert(em: EntityManager, tenantId: string, input: CreateInquiryInput): Promise<string> {
    try {
      return await inquiryRepository.insert(em, tenantId, fieldsOf(input), [...new Set(input.categoryIds)]);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('reference');
      throw error;
    }
  }

  /** Names of the fields an update changed, for the audit log; never their values. */
  private changedFields(before: InquiryRow, beforeCategories: string[], after: InquiryRow, afterCategories: string[]): string[] {
    const fields = (['reference', 'receivedOn', 'channel', 'citizenId', 'kind', 'orgUnitId', 'outcomeId', 'mainInquiryId', 'firstContactOn', 'closedOn', 'summary'] as const).filter(
      (field) => before[field] !== after[field],
    );
    const sameCategories = beforeCategories.length === afterCategories.length && beforeCategories.every((id) => afterCategories.includes(id));
    return sameCategories ? [...fields] : [...fields, 'categoryIds'];
  }
}
