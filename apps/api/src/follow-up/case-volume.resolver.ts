import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { OrgUnitType } from '../org-units/org-unit.types';
import { CaseVolumeService } from './case-volume.service';
import { SetDecidedCaseVolumesInput, SetDecidedCasesInput } from './dto/follow-up.inputs';
import { DecidedCaseVolumeType } from './follow-up.types';

@Resolver(() => DecidedCaseVolumeType)
export class CaseVolumeResolver {
  constructor(private readonly service: CaseVolumeService) {}

  @Roles('tenant_admin')
  @Mutation(() => DecidedCaseVolumeType, { description: "Sets a unit's number of decided cases in a year; entering it again replaces it" })
  setDecidedCases(@Args('input') input: SetDecidedCasesInput, @Context() ctx: RequestContext) {
    return this.service.set(ctx, input);
  }

  @Roles('tenant_admin')
  @Mutation(() => [DecidedCaseVolumeType], { description: "Sets several units' decided cases in a year at once: all are stored, or none" })
  setDecidedCaseVolumes(@Args('input') input: SetDecidedCaseVolumesInput, @Context() ctx: RequestContext) {
    return this.service.setAll(ctx, input);
  }

  @Roles('tenant_admin', 'advisor')
  @Query(() => [DecidedCaseVolumeType], { description: "The units' decided cases in a year" })
  decidedCaseVolumes(@Args('year', { type: () => Int }) year: number, @Context() ctx: RequestContext) {
    return this.service.list(ctx, year);
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  orgUnit(@Parent() volume: DecidedCaseVolumeType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).byId.load(volume.orgUnitId) as Promise<OrgUnitType | null>;
  }
}
