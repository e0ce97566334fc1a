import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { OrgUnit, OrgUnitEvent, OrgUnitLink } from '@raadgiver/db';
import { InvalidInputError, NotFoundError, OrgUnitEventAction, todayIso, wouldCreateCycle } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { CloseOrgUnitInput, CreateOrgUnitInput, MergeOrgUnitsInput, MoveOrgUnitInput, RenameOrgUnitInput } from './dto/org-unit.inputs';

type EventFields = Partial<Pick<OrgUnitEvent, 'fromName' | 'toName' | 'fromParentId' | 'toParentId' | 'relatedUnitId'>>;

/** The tenant's department tree. Every change is kept as an event, so history and statistics can follow units. */
@Injectable()
export class OrgUnitsService {
  constructor(private readonly audit: AuditService) {}

  list(ctx: RequestContext, includeClosed: boolean): Promise<OrgUnit[]> {
    ctx.requireTenant();
    return ctx.run((em) => {
      const query = em.getRepository(OrgUnit).createQueryBuilder('u').orderBy('u.sort_order').addOrderBy('u.name');
      if (!includeClosed) query.where('u.valid_to IS NULL');
      return query.getMany();
    });
  }

  get(ctx: RequestContext, id: string, field = 'id'): Promise<OrgUnit> {
    ctx.requireTenant();
    return ctx.run((em) => this.find(em, id, field));
  }

  create(ctx: RequestContext, input: CreateOrgUnitInput): Promise<OrgUnit> {
    const { tenantId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const validFrom = input.validFrom ?? todayIso();
      if (input.parentId) await this.findOpen(em, input.parentId, 'parentId');
      const unit = await em.getRepository(OrgUnit).save(
        em.getRepository(OrgUnit).create({
          tenantId, parentId: input.parentId ?? null, name: input.name, shortName: input.shortName ?? null, kind: input.kind,
          validFrom, validTo: null, sortOrder: await this.nextSortOrder(em, input.parentId ?? null), isDemo: false,
        }),
      );
      await this.event(em, ctx, unit, 'created', validFrom, { toName: unit.name, toParentId: unit.parentId });
      return unit;
    });
  }

  rename(ctx: RequestContext, input: RenameOrgUnitInput): Promise<OrgUnit> {
    ctx.requireTenant();
    return ctx.run(async (em) => {
      const unit = await this.findOpen(em, input.id, 'id');
      const shortName = input.shortName === undefined ? unit.shortName : input.shortName;
      if (unit.name === input.name && unit.shortName === shortName) throw InvalidInputError.of('name', 'unchanged');
      const fromName = unit.name;
      await em.getRepository(OrgUnit).update({ tenantId: unit.tenantId, id: unit.id }, { name: input.name, shortName });
      const renamed = { ...unit, name: input.name, shortName };
      await this.event(em, ctx, renamed, 'renamed', input.effectiveDate ?? todayIso(), { fromName, toName: input.name });
      return renamed;
    });
  }

  move(ctx: RequestContext, input: MoveOrgUnitInput): Promise<OrgUnit> {
    ctx.requireTenant();
    return ctx.run(async (em) => {
      const unit = await this.findOpen(em, input.id, 'id');
      const parentId = input.parentId ?? null;
      if (parentId) await this.findOpen(em, parentId, 'parentId');
      if (parentId === unit.parentId) throw InvalidInputError.of('parentId', 'unit_already_there');
      const all = await em.getRepository(OrgUnit).find({ select: { id: true, parentId: true } });
      if (wouldCreateCycle(all, unit.id, parentId)) {
        throw InvalidInputError.of('parentId', 'unit_under_itself');
      }
      await em.getRepository(OrgUnit).update({ tenantId: unit.tenantId, id: unit.id }, { parentId });
      const moved = { ...unit, parentId };
      await this.event(em, ctx, moved, 'moved', input.effectiveDate ?? todayIso(), { fromParentId: unit.parentId, toParentId: parentId });
      return moved;
    });
  }

  close(ctx: RequestContext, input: CloseOrgUnitInput): Promise<OrgUnit> {
    ctx.requireTenant();
    return ctx.run(async (em) => {
      const unit = await this.findOpen(em, input.id, 'id');
      const closedOn = input.closedOn ?? todayIso();
      if (closedOn < unit.validFrom) throw InvalidInputError.of('closedOn', 'date_too_early', { date: unit.validFrom });
      if ((await this.openChildren(em, unit.id)).length) throw InvalidInputError.of('id', 'unit_has_open_children');
      await em.getRepository(OrgUnit).update({ tenantId: unit.tenantId, id: unit.id }, { validTo: closedOn });
      const closed = { ...unit, validTo: closedOn };
      await this.event(em, ctx, closed, 'closed', closedOn, {});
      return closed;
    });
  }

  /** The sources close and their open sub-units move to the target; links keep their statistics with it. */
  merge(ctx: RequestContext, input: MergeOrgUnitsInput): Promise<OrgUnit> {
    const { tenantId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const target = await this.find(em, input.targetId, 'targetId');
      if (target.validTo) throw InvalidInputError.of('targetId', 'merge_into_closed');
      const sourceIds = [...new Set(input.sourceIds)];
      if (sourceIds.includes(target.id)) throw InvalidInputError.of('sourceIds', 'merge_into_itself');
      const sources = await em.getRepository(OrgUnit).findBy({ id: In(sourceIds) });
      if (sources.length !== sourceIds.length) throw new NotFoundError('org_unit', 'sourceIds');
      if (sources.some((s) => s.validTo)) throw InvalidInputError.of('sourceIds', 'merge_closed_again');
      const all = await em.getRepository(OrgUnit).find({ select: { id: true, parentId: true } });
      if (sources.some((s) => wouldCreateCycle(all, s.id, target.id))) {
        throw InvalidInputError.of('targetId', 'merge_into_child');
      }
      const effective = input.effectiveDate ?? todayIso();
      const lastDay = this.dayBefore(effective);
      for (const source of sources) {
        if (lastDay < source.validFrom) throw InvalidInputError.of('effectiveDate', 'date_too_early', { date: source.validFrom });
        for (const child of await this.openChildren(em, source.id)) {
          await em.getRepository(OrgUnit).update({ tenantId, id: child.id }, { parentId: target.id });
          await this.event(em, ctx, child, 'moved', effective, { fromParentId: source.id, toParentId: target.id });
        }
        await em.getRepository(OrgUnit).update({ tenantId, id: source.id }, { validTo: lastDay });
        await em.getRepository(OrgUnitLink).insert({ tenantId, predecessorId: source.id, successorId: target.id, kind: 'merged', effectiveDate: effective });
        await this.event(em, ctx, source, 'merged', effective, { relatedUnitId: target.id, fromName: source.name, toName: target.name });
        await this.event(em, ctx, target, 'merged', effective, { relatedUnitId: source.id, fromName: source.name, toName: target.name });
      }
      return target;
    });
  }

  private async find(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
    // Another tenant's unit is invisible under RLS and so reads as not found.
    const unit = await em.getRepository(OrgUnit).findOneBy({ id });
    if (!unit) throw new NotFoundError('org_unit', field);
    return unit;
  }

  private async findOpen(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
    const unit = await this.find(em, id, field);
    if (unit.validTo) throw InvalidInputError.of(field, 'unit_closed', { date: unit.validTo });
    return unit;
  }

  private openChildren(em: EntityManager, parentId: string): Promise<OrgUnit[]> {
    return em.getRepository(OrgUnit).createQueryBuilder('u').where('u.parent_id = :parentId AND u.valid_to IS NULL', { parentId }).getMany();
  }

  private async nextSortOrder(em: EntityManager, parentId: string | null): Promise<number> {
    const [row] = await em.query<{ next: number }[]>(
      'SELECT coalesce(max(sort_order), 0) + 10 AS next FROM org_unit WHERE parent_id IS NOT DISTINCT FROM $1',
      [parentId],
    );
    return row.next;
  }

  private dayBefore(isoDate: string): string {
    const date = new Date(`${isoDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    return date.toISOString().slice(0, 10);
  }

  private async event(em: EntityManager, ctx: RequestContext, unit: OrgUnit, action: OrgUnitEventAction, effectiveDate: string, fields: EventFields): Promise<void> {
    const { tenantId, userId } = ctx.requireTenant();
    await em.getRepository(OrgUnitEvent).insert({
      tenantId, orgUnitId: unit.id, action, effectiveDate, actorId: userId,
      fromName: fields.fromName ?? null, toName: fields.toName ?? null, fromParentId: fields.fromParentId ?? null,
      toParentId: fields.toParentId ?? null, relatedUnitId: fields.relatedUnitId ?? null,
    });
    await this.audit.record(em, { tenantId, userId, action: `org_unit.${action}`, subjectType: 'org_unit', subjectId: unit.id });
  }
}
