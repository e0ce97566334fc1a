import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { citizenLoaders } from './citizen.loaders';
import { CitizenType } from './citizen.types';
import { CitizensService } from './citizens.service';
import { CreateCitizenInput, UpdateCitizenInput } from './dto/citizen.inputs';
import { NotFoundError } from '@raadgiver/domain';

@Resolver(() => CitizenType)
export class CitizensResolver {
  constructor(private readonly service: CitizensService) {}

  @Roles('advisor')
  @Query(() => [CitizenType], { description: 'Citizens whose reference or name holds the search text; audited as a search' })
  citizens(
    @Context() ctx: RequestContext,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ) {
    return this.service.search(ctx, search ?? null, first);
  }

  // A department contact is let in only to be told "not found": no citizen data, and no hint that the id exists.
  @Roles('advisor', 'department_contact')
  @Query(() => CitizenType, { description: 'One citizen; audited as a read' })
  citizen(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    if (!ctx.requireAuth().roles.includes('advisor')) throw new NotFoundError('citizen');
    return this.service.get(ctx, id);
  }

  @Roles('advisor')
  @Mutation(() => CitizenType)
  createCitizen(@Args('input') input: CreateCitizenInput, @Context() ctx: RequestContext) {
    return this.service.create(ctx, input);
  }

  @Roles('advisor')
  @Mutation(() => CitizenType)
  updateCitizen(@Args('input') input: UpdateCitizenInput, @Context() ctx: RequestContext) {
    return this.service.update(ctx, input);
  }

  @ResolveField(() => Int, { description: 'Inquiries registered for the citizen' })
  inquiryCount(@Parent() citizen: CitizenType, @Context() ctx: RequestContext) {
    return citizenLoaders(ctx).inquiryCountOf.load(citizen.id);
  }
}
