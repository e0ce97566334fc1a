import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TENANT_ROLES } from '@raadgiver/domain';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { CloseOrgUnitInput, CreateOrgUnitInput, MergeOrgUnitsInput, MoveOrgUnitInput, RenameOrgUnitInput, SetOrgUnitNoteInput } from './dto/org-unit.inputs';
import { orgUnitLoaders } from './org-unit.loaders';
import { OrgUnitRow } from './org-unit.repository';
import { OrgUnitEventType, OrgUnitType } from './org-unit.types';
import { OrgUnitsService } from './org-units.service';

async function present(ids: readonly string[], ctx: RequestContext): Promise<OrgUnitType[]> {
  const units = await orgUnitLoaders(ctx).byId.loadMany(ids);
  return units.filter((u): u is OrgUnitRow => Boolean(u) && !(u instanceof Error)) as OrgUnitType[];
}

@Resolver(() => OrgUnitType)
export class OrgUnitsResolver {
  constructor(private readonly service: OrgUnitsService) {}

  @Roles(...TENANT_ROLES)
  @Query(() => [OrgUnitType], { description: "The municipality's department tree, as a flat list" })
  orgUnits(@Args('includeClosed', { defaultValue: true }) includeClosed: boolean, @Context() ctx: RequestContext) {
    return this.service.list(ctx, includeClosed) as Promise<OrgUnitType[]>;
  }

  @Roles(...TENANT_ROLES)
  @Query(() => OrgUnitType)
  orgUnit(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.get(ctx, id) as Promise<OrgUnitType>;
  }

  @Roles('tenant_admin')
  @Mutation(() => OrgUnitType)
  createOrgUnit(@Args('input') input: CreateOrgUnitInput, @Context() ctx: RequestContext) {
    return this.service.create(ctx, input) as Promise<OrgUnitType>;
  }

  @Roles('tenant_admin')
  @Mutation(() => OrgUnitType, { description: 'Renames a unit; the old name stays in its history' })
  renameOrgUnit(@Args('input') input: RenameOrgUnitInput, @Context() ctx: RequestContext) {
    return this.service.rename(ctx, input) as Promise<OrgUnitType>;
  }

  @Roles('tenant_admin')
  @Mutation(() => OrgUnitType)
  moveOrgUnit(@Args('input') input: MoveOrgUnitInput, @Context() ctx: RequestContext) {
    return this.service.move(ctx, input) as Promise<OrgUnitType>;
  }

  @Roles('tenant_admin')
  @Mutation(() => OrgUnitType)
  closeOrgUnit(@Args('input') input: CloseOrgUnitInput, @Context() ctx: RequestContext) {
    return this.service.close(ctx, input) as Promise<OrgUnitType>;
  }

  @Roles('tenant_admin')
  @Mutation(() => OrgUnitType, { description: 'Merges units into a successor, which carries their statistics on' })
  mergeOrgUnits(@Args('input') input: MergeOrgUnitsInput, @Context() ctx: RequestContext) {
    return this.service.merge(ctx, input) as Promise<OrgUnitType>;
  }

  @Roles('tenant_admin')
  @Mutation(() => OrgUnitType, { description: "Sets or removes the tenant admin's note on a unit" })
  setOrgUnitNote(@Args('input') input: SetOrgUnitNoteInput, @Context() ctx: RequestContext) {
    return this.service.setNote(ctx, input) as Promise<OrgUnitType>;
  }

  @ResolveField(() => String, { nullable: true, description: "The tenant admin's note on the unit" })
  async note(@Parent() unit: OrgUnitType & { note?: string | null }, @Context() ctx: RequestContext): Promise<string | null> {
    // Units read elsewhere (the catalogue, a report's addressed units) come without their note: it is read then.
    if (unit.note !== undefined) return unit.note;
    return (await orgUnitLoaders(ctx).byId.load(unit.id))?.note ?? null;
  }

  @ResolveField(() => Boolean)
  closed(@Parent() unit: OrgUnitType): boolean {
    return unit.validTo !== null;
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  async parent(@Parent() unit: OrgUnitType, @Context() ctx: RequestContext) {
    return unit.parentId ? ((await orgUnitLoaders(ctx).byId.load(unit.parentId)) as OrgUnitType | null) : null;
  }

  @ResolveField(() => [OrgUnitType])
  children(@Parent() unit: OrgUnitType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).childrenOf.load(unit.id) as Promise<OrgUnitType[]>;
  }

  @ResolveField(() => [OrgUnitEventType], { description: 'Oldest first' })
  history(@Parent() unit: OrgUnitType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).historyOf.load(unit.id) as Promise<OrgUnitEventType[]>;
  }

  @ResolveField(() => [OrgUnitType], { description: 'Units merged or split into this one' })
  async predecessors(@Parent() unit: OrgUnitType, @Context() ctx: RequestContext) {
    return present(await orgUnitLoaders(ctx).predecessorIdsOf.load(unit.id), ctx);
  }

  @ResolveField(() => [OrgUnitType], { description: 'Units this one was merged or split into' })
  async successors(@Parent() unit: OrgUnitType, @Context() ctx: RequestContext) {
    return present(await orgUnitLoaders(ctx).successorIdsOf.load(unit.id), ctx);
  }
}

@Resolver(() => OrgUnitEventType)
export class OrgUnitEventsResolver {
  @ResolveField(() => OrgUnitType, { nullable: true })
  fromParent(@Parent() event: OrgUnitEventType, @Context() ctx: RequestContext) {
    return event.fromParentId ? (orgUnitLoaders(ctx).byId.load(event.fromParentId) as Promise<OrgUnitType | null>) : null;
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  toParent(@Parent() event: OrgUnitEventType, @Context() ctx: RequestContext) {
    return event.toParentId ? (orgUnitLoaders(ctx).byId.load(event.toParentId) as Promise<OrgUnitType | null>) : null;
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  relatedUnit(@Parent() event: OrgUnitEventType, @Context() ctx: RequestContext) {
    return event.relatedUnitId ? (orgUnitLoaders(ctx).byId.load(event.relatedUnitId) as Promise<OrgUnitType | null>) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Who made the change, when visible to the caller' })
  actorName(@Parent() event: OrgUnitEventType, @Context() ctx: RequestContext) {
    return event.actorId ? orgUnitLoaders(ctx).userName.load(event.actorId) : null;
  }
}
