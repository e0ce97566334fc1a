import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BenchmarkQueue } from '../benchmark/benchmark-queue';
import { benchmarkSettingRepository } from '../benchmark/benchmark.repository';
import { RequestContext } from '../graphql/request-context';
import { CategoryType, CreateCatalogEntryInput, OutcomeType, ReorderCatalogInput, UpdateCatalogEntryInput } from './catalog.types';
import { CatalogKind, catalogueRepository } from './catalogue.repository';
import { NotFoundError, ConflictError, InvalidInputError } from '@raadgiver/domain';

type Entry = CategoryType | OutcomeType;
export type { CatalogKind } from './catalogue.repository';

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** The tenant's own complaint categories and outcomes; both have the same shape and rules. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly audit: AuditService,
    private readonly benchmark: BenchmarkQueue,
  ) {}

  list(ctx: RequestContext, kind: CatalogKind): Promise<Entry[]> {
    ctx.requireTenant();
    return ctx.run((em) => catalogueRepository.list(em, kind));
  }

  create(ctx: RequestContext, kind: CatalogKind, input: CreateCatalogEntryInput): Promise<Entry> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      await this.assertNameFree(em, kind, input.name, null);
      await this.assertInTaxonomy(em, kind, input.nationalCode);
      const sortOrder = input.sortOrder ?? ((await catalogueRepository.maxSortOrder(em, kind)) ?? 0) + 10;
      const fields = { name: input.name, nationalCode: input.nationalCode, active: true, sortOrder };
      const id = await catalogueRepository.insert(em, kind, tenantId, fields);
      await this.audit.record(em, { tenantId, userId, action: `${kind}.created`, subjectType: kind, subjectId: id });
      return { id, ...fields };
    });
  }

  update(ctx: RequestContext, kind: CatalogKind, input: UpdateCatalogEntryInput): Promise<Entry> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const entry = await catalogueRepository.find(em, kind, input.id);
      if (!entry) throw new NotFoundError(kind);
      if (input.name && input.name !== entry.name) await this.assertNameFree(em, kind, input.name, entry.id);
      // An entry may keep a code an older taxonomy version had; a new mapping is to the current version.
      if (input.nationalCode && input.nationalCode !== entry.nationalCode) await this.assertInTaxonomy(em, kind, input.nationalCode);
      const changes = {
        name: input.name ?? entry.name,
        nationalCode: input.nationalCode ?? entry.nationalCode,
        active: input.active ?? entry.active,
        sortOrder: input.sortOrder ?? entry.sortOrder,
      };
      try {
        await catalogueRepository.update(em, kind, entry.id, changes);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('name');
        throw error;
      }
      await this.audit.record(em, { tenantId, userId, action: `${kind}.updated`, subjectType: kind, subjectId: entry.id });
      // A new national mapping moves the benchmark's counts and marks the year: refresh it.
      if (changes.nationalCode !== entry.nationalCode) await this.benchmark.refreshSoon(em, tenantId);
      return { ...entry, ...changes };
    });
  }

  /** Puts the whole catalogue of the kind in the order of `input.ids`, which must name every entry exactly once. */
  reorder(ctx: RequestContext, kind: CatalogKind, input: ReorderCatalogInput): Promise<Entry[]> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      // Another tenant's ids are invisible under RLS, so a list with one of them is not the whole catalogue either.
      const current = new Set((await catalogueRepository.list(em, kind)).map((entry) => entry.id));
      const given = new Set(input.ids);
      if (given.size !== input.ids.length || given.size !== current.size || input.ids.some((id) => !current.has(id))) {
        throw InvalidInputError.of('ids', 'not_whole_catalogue');
      }
      await catalogueRepository.reorder(em, kind, input.ids);
      await this.audit.record(em, { tenantId, userId, action: `${kind}.reordered`, subjectType: kind, subjectId: null });
      return catalogueRepository.list(em, kind);
    });
  }

  private async assertInTaxonomy(em: EntityManager, kind: CatalogKind, code: string): Promise<void> {
    if (!(await benchmarkSettingRepository.nationalCodeKnown(em, kind, code))) throw InvalidInputError.of('nationalCode', 'not_in_taxonomy');
  }

  private async assertNameFree(em: EntityManager, kind: CatalogKind, name: string, exceptId: string | null): Promise<void> {
    const clash = await catalogueRepository.named(em, kind, name);
    if (clash && clash.id !== exceptId) throw new ConflictError('name');
  }
}
