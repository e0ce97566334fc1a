import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatorOnly } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { TenantType } from './tenant.type';
import { TenantsService } from './tenants.service';
import { CreateTenantInput } from './tenants.types';

@Resolver(() => TenantType)
export class TenantsResolver {
  constructor(private readonly service: TenantsService) {}

  @OperatorOnly()
  @Query(() => [TenantType])
  tenants(@Context() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @OperatorOnly()
  @Mutation(() => TenantType, { description: 'Adds a municipality to the platform' })
  createTenant(@Args('input') input: CreateTenantInput, @Context() ctx: RequestContext) {
    return this.service.create(ctx, input);
  }
}
