import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvalidInputError, NotFoundError, OrgUnitEventAction, todayIso, wouldCreateCycle } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { BenchmarkQueue } from '../benchmark/benchmark-queue';
import { RequestContext } from '../graphql/request-context';
import { CloseOrgUnitInput, CreateOrgUnitInput, MergeOrgUnitsInput, MoveOrgUnitInput, RenameOrgUnitInput, SetOrgUnitNoteInput } from './dto/org-unit.inputs';
import { OrgUnitEventRecord, orgUnitRepository, OrgUnitRow as OrgUnit } from './org-unit.repository';

type EventFields = Pick<OrgUnitEventRecord, 'fromName' | 'toName' | 'fromParentId' | 'toParentId' | 'relatedUnitId'>;

/** The tenant's department tree. Every change is kept as an event, so history and statistics can follow units. */
@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly audit: AuditService,
    private readonly benchmark: BenchmarkQueue,
  ) {}

  list(ctx: RequestContext, includeClosed: boolean): Promise<OrgUnit[]> {
    ctx.requireTenant();
    return ctx.run((em) => orgUnitRepository.list(em, includeClosed));
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
      const unit = await orgUnitRepository.add(em, {
        tenantId, parentId: input.parentId ?? null, name: input.name, shortName: input.shortName ?? null, kind: input.kind,
        validFrom, sortOrder: await orgUnitRepository.nextSortOrder(em, input.parentId ?? null),
      });
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
      await orgUnitRepository.rename(em, unit.id, input.name, shortName);
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
      if (wouldCreateCycle(await orgUnitRepository.tree(em), unit.id, parentId)) {
        throw InvalidInputError.of('parentId', 'unit_under_itself');
      }
      await orgUnitRepository.move(em, unit.id, parentId);
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
      if ((await orgUnitRepository.openChildren(em, unit.id)).length) throw InvalidInputError.of('id', 'unit_has_open_children');
      await orgUnitRepository.close(em, unit.id, closedOn);
      const closed = { ...unit, validTo: closedOn };
      await this.event(em, ctx, closed, 'closed', closedOn, {});
      return closed;
    });
  }

  /** The tenant admin's note on an open unit; the input's rules (length, no CPR number) are checked before this. */
  setNote(ctx: RequestContext, input: SetOrgUnitNoteInput): Promise<OrgUnit> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const unit = await this.findOpen(em, input.id, 'id');
      const note = input.note ?? null;
      await orgUnitRepository.setNote(em, unit.id, note);
      await this.audit.record(em, { tenantId, userId, action: 'org_unit.note_set', subjectType: 'org_unit', subjectId: unit.id });
      return { ...unit, note };
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
      const sources = await orgUnitRepository.byIds(em, sourceIds);
      if (sources.length !== sourceIds.length) throw new NotFoundError('org_unit', 'sourceIds');
      if (sources.some((s) => s.validTo)) throw InvalidInputError.of('sourceIds', 'merge_closed_again');
      const all = await orgUnitRepository.tree(em);
      if (sources.some((s) => wouldCreateCycle(all, s.id, target.id))) {
        throw InvalidInputError.of('targetId', 'merge_into_child');
      }
      const effective = input.effectiveDate ?? todayIso();
      const lastDay = this.dayBefore(effective);
      for (const source of sources) {
        if (lastDay < source.validFrom) throw InvalidInputError.of('effectiveDate', 'date_too_early', { date: source.validFrom });
        for (const child of await orgUnitRepository.openChildren(em, source.id)) {
          await orgUnitRepository.move(em, child.id, target.id);
          await this.event(em, ctx, child, 'moved', effective, { fromParentId: source.id, toParentId: target.id });
        }
        await orgUnitRepository.close(em, source.id, lastDay);
        await orgUnitRepository.addMergeLink(em, tenantId, source.id, target.id, effective);
        await this.event(em, ctx, source, 'merged', effective, { relatedUnitId: target.id, fromName: source.name, toName: target.name });
        await this.event(em, ctx, target, 'merged', effective, { relatedUnitId: source.id, fromName: source.name, toName: target.name });
      }
      return target;
    });
  }

  private async find(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
    // Another tenant's unit is invisible under RLS and so reads as not found.
    const unit = await orgUnitRepository.byId(em, id);
    if (!unit) throw new NotFoundError('org_unit', field);
    return unit;
  }

  private async findOpen(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
    const unit = await this.find(em, id, field);
    if (unit.validTo) throw InvalidInputError.of(field, 'unit_closed', { date: unit.validTo });
    return unit;
  }

  private dayBefore(isoDate: string): string {
    const date = new Date(`${isoDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    return date.toISOString().slice(0, 10);
  }

  private async event(em: EntityManager, ctx: RequestContext, unit: OrgUnit, action: OrgUnitEventAction, effectiveDate: string, fields: EventFields): Promise<void> {
    const { tenantId, userId } = ctx.requireTenant();
    await orgUnitRepository.addEvent(em, { tenantId, orgUnitId: unit.id, action, effectiveDate, actorId: userId, ...fields });
    await this.audit.record(em, { tenantId, userId, action: `org_unit.${action}`, subjectType: 'org_unit', subjectId: unit.id });
    // The benchmark marks a year whose unit structure changed (not by a rename) as less comparable: refresh it.
    if (action !== 'renamed') await this.benchmark.refreshSoon(em, tenantId);
  }
}
