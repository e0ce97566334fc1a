import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { OrgUnitType } from '../org-units/org-unit.types';
import { UsersService } from './users.service';
import { TenantUserType, UpdateMembershipInput } from './users.types';

@Resolver(() => TenantUserType)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Roles('tenant_admin')
  @Query(() => [TenantUserType])
  tenantUsers(@Context() ctx: RequestContext) {
    return this.users.list(ctx);
  }

  @Roles('tenant_admin')
  @Mutation(() => TenantUserType)
  updateMembership(@Args('input') input: UpdateMembershipInput, @Context() ctx: RequestContext) {
    return this.users.update(ctx, input);
  }

  @Roles('tenant_admin')
  @Mutation(() => Boolean)
  removeMembership(@Args('userId', { type: () => ID }) userId: string, @Context() ctx: RequestContext) {
    return this.users.remove(ctx, assertId(userId, 'userId'));
  }

  @Roles('tenant_admin')
  @Mutation(() => TenantUserType, { description: 'Deactivates (active false) or reactivates a membership in this municipality' })
  setMembershipActive(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('active') active: boolean,
    @Context() ctx: RequestContext,
  ) {
    return this.users.setActive(ctx, assertId(userId, 'userId'), active);
  }

  @ResolveField(() => [OrgUnitType])
  async orgUnits(@Parent() user: TenantUserType, @Context() ctx: RequestContext) {
    const units = await orgUnitLoaders(ctx).byId.loadMany(user.orgUnitIds);
    return units.filter((u) => u && !(u instanceof Error));
  }
}
