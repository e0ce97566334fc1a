import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TENANT_ROLES } from '@raadgiver/domain';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { ResponseTargetsService } from './response-targets.service';
import { ResponseTargetsInput, ResponseTargetsType } from './response-targets.types';

@Resolver()
export class SettingsResolver {
  constructor(private readonly targets: ResponseTargetsService) {}

  @Roles(...TENANT_ROLES)
  @Query(() => ResponseTargetsType, { description: 'Targets for first contact and closing; 10 and 30 days unless set' })
  responseTargets(@Context() ctx: RequestContext) {
    return this.targets.get(ctx);
  }

  @Roles('tenant_admin')
  @Mutation(() => ResponseTargetsType)
  setResponseTargets(@Args('input') input: ResponseTargetsInput, @Context() ctx: RequestContext) {
    return this.targets.set(ctx, input);
  }
}
