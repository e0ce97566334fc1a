import { Injectable } from '@nestjs/common';
import { EntityTarget, QueryFailedError } from 'typeorm';
import { Category, Outcome } from '@raadgiver/db';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { CreateCatalogEntryInput, UpdateCatalogEntryInput } from './catalog.types';
import { NotFoundError, ConflictError } from '@raadgiver/domain';

type Entry = Category | Outcome;
export type CatalogKind = 'category' | 'outcome';

const TARGET: Record<CatalogKind, EntityTarget<Entry>> = { category: Category, outcome: Outcome };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/** The tenant's own complaint categories and outcomes; both have the same shape and rules. */
@Injectable()
export class CatalogService {
  constructor(private readonly audit: AuditService) {}

  list(ctx: RequestContext, kind: CatalogKind): Promise<Entry[]> {
    ctx.requireTenant();
    return ctx.run((em) => em.getRepository(TARGET[kind]).find({ order: { sortOrder: 'ASC', name: 'ASC' } }));
  }

  create(ctx: RequestContext, kind: CatalogKind, input: CreateCatalogEntryInput): Promise<Entry> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const repo = em.getRepository(TARGET[kind]);
      await this.assertNameFree(ctx, kind, input.name, null);
      const sortOrder = input.sortOrder ?? ((await repo.maximum('sortOrder')) ?? 0) + 10;
      const entry = await repo.save(repo.create({ tenantId, name: input.name, nationalCode: input.nationalCode, active: true, sortOrder }));
      await this.audit.record(em, { tenantId, userId, action: `${kind}.created`, subjectType: kind, subjectId: entry.id });
      return entry;
    });
  }

  update(ctx: RequestContext, kind: CatalogKind, input: UpdateCatalogEntryInput): Promise<Entry> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const repo = em.getRepository(TARGET[kind]);
      const entry = await repo.findOneBy({ id: input.id });
      if (!entry) throw new NotFoundError(kind);
      if (input.name && input.name !== entry.name) await this.assertNameFree(ctx, kind, input.name, entry.id);
      const changes = {
        name: input.name ?? entry.name,
        nationalCode: input.nationalCode ?? entry.nationalCode,
        active: input.active ?? entry.active,
        sortOrder: input.sortOrder ?? entry.sortOrder,
      };
      try {
        await repo.update({ tenantId, id: entry.id }, changes);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('name');
        throw error;
      }
      await this.audit.record(em, { tenantId, userId, action: `${kind}.updated`, subjectType: kind, subjectId: entry.id });
      return { ...entry, ...changes };
    });
  }

  private async assertNameFree(ctx: RequestContext, kind: CatalogKind, name: string, exceptId: string | null): Promise<void> {
    const clash = await ctx.run((em) =>
      em.getRepository(TARGET[kind]).createQueryBuilder('c').where('lower(c.name) = lower(:name)', { name }).getOne(),
    );
    if (clash && clash.id !== exceptId) throw new ConflictError('name');
  }
}
