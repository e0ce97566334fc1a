import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { CategoryType, CreateCatalogEntryInput, OutcomeType, UpdateCatalogEntryInput } from './catalog.types';
import { CatalogKind, catalogueRepository } from './catalogue.repository';
import { NotFoundError, ConflictError } from '@raadgiver/domain';

type Entry = CategoryType | OutcomeType;
export type { CatalogKind } from './catalogue.repository';

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** The tenant's own complaint categories and outcomes; both have the same shape and rules. */
@Injectable()
export class CatalogService {
  constructor(private readonly audit: AuditService) {}

  list(ctx: RequestContext, kind: CatalogKind): Promise<Entry[]> {
    ctx.requireTenant();
    return ctx.run((em) => catalogueRepository.list(em, kind));
  }

  create(ctx: RequestContext, kind: CatalogKind, input: CreateCatalogEntryInput): Promise<Entry> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      await this.assertNameFree(em, kind, input.name, null);
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
      return { ...entry, ...changes };
    });
  }

  private async assertNameFree(em: EntityManager, kind: CatalogKind, name: string, exceptId: string | null): Promise<void> {
    const clash = await catalogueRepository.named(em, kind, name);
    if (clash && clash.id !== exceptId) throw new ConflictError('name');
  }
}
