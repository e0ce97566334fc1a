import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatorOnly } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { TenantType } from './tenant.type';
import { TenantsService } from './tenants.service';
import { CreateTenantInput, MunicipalityType, PlatformTenantType } from './tenants.types';

@Resolver(() => PlatformTenantType)
export class TenantsResolver {
  constructor(private readonly service: TenantsService) {}

  @OperatorOnly()
  @Query(() => [PlatformTenantType], { description: 'The municipalities on the platform with how much each is used; no case content' })
  tenants(@Context() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @OperatorOnly()
  @Query(() => [MunicipalityType], { description: 'The reference list of the 98 municipalities, a new tenant is one of them' })
  municipalities(@Context() ctx: RequestContext) {
    return this.service.municipalities(ctx);
  }

  @OperatorOnly()
  @Mutation(() => TenantType, { description: 'Adds a municipality of the reference list to the platform and invites its first tenant admin' })
  createTenant(@Args('input') input: CreateTenantInput, @Context() ctx: RequestContext) {
    return this.service.create(ctx, input);
  }

  @OperatorOnly()
  @Mutation(() => Boolean, { description: "Deactivates (active false) or reactivates a municipality: while deactivated, its users cannot work in it" })
  setTenantActive(@Args('tenantId', { type: () => ID }) tenantId: string, @Args('active') active: boolean, @Context() ctx: RequestContext) {
    return this.service.setActive(ctx, tenantId, active);
  }
}
