import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { learningLoaders } from '../learning/learning.loaders';
import { LearningEntryType } from '../learning/learning.types';
import { CreateInquiryInput, InquiryFilter, UpdateInquiryInput } from './dto/inquiry.inputs';
import { InquiriesService } from './inquiries.service';
import { InquiryHydration } from './inquiry-hydration';
import { inquiryLoaders } from './inquiry.loaders';
import { InquiryConnectionType, InquiryCountsType, InquirySort, InquirySortEnum, InquiryType } from './inquiry.types';
import { NotFoundError } from '@raadgiver/domain';

@Resolver(() => InquiryType)
export class InquiriesResolver {
  constructor(
    private readonly service: InquiriesService,
    private readonly hydration: InquiryHydration,
  ) {}

  @Roles('advisor')
  @Query(() => InquiryConnectionType, { description: 'The filtered inquiry list, a page at a time; audited as a search' })
  inquiries(
    @Context() ctx: RequestContext,
    // A plain class type (no "| null") so the validation pipe sees it; null arrives when the filter is left out.
    @Args('filter', { type: () => InquiryFilter, nullable: true }) filter: InquiryFilter,
    @Args('sort', { type: () => InquirySortEnum, defaultValue: 'received_desc' }) sort: InquirySort,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(ctx, filter ?? null, sort, first, after ?? null);
  }

  @Roles('advisor')
  @Query(() => InquiryCountsType)
  inquiryCounts(@Context() ctx: RequestContext, @Args('filter', { type: () => InquiryFilter, nullable: true }) filter: InquiryFilter) {
    return this.service.counts(ctx, filter ?? null);
  }

  // A department contact is let in only to be told "not found": no citizen data, and no hint that the id exists.
  @Roles('advisor', 'department_contact')
  @Query(() => InquiryType, { description: 'One inquiry; audited as a read' })
  inquiry(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    if (!ctx.requireAuth().roles.includes('advisor')) throw new NotFoundError('inquiry');
    return this.service.get(ctx, id);
  }

  @Roles('advisor')
  @Mutation(() => InquiryType)
  createInquiry(@Args('input') input: CreateInquiryInput, @Context() ctx: RequestContext) {
    return this.service.create(ctx, input);
  }

  @Roles('advisor')
  @Mutation(() => InquiryType, { description: 'Replaces every field; status follows closedOn' })
  updateInquiry(@Args('input') input: UpdateInquiryInput, @Context() ctx: RequestContext) {
    return this.service.update(ctx, input);
  }

  @Roles('advisor')
  @Mutation(() => Boolean, { description: 'Deletes an inquiry without follow-up cases, with its learning entries' })
  deleteInquiry(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => InquiryType, { nullable: true, description: 'The main case (hovedsag) when this is a follow-up case' })
  async mainInquiry(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    const main = inquiry.mainInquiryId ? await inquiryLoaders(ctx).byId.load(inquiry.mainInquiryId) : null;
    return main ? this.hydration.one(ctx, main) : null;
  }

  @ResolveField(() => [InquiryType], { description: 'Follow-up cases (følgesager) of this main case, oldest first' })
  async followUps(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return this.hydration.hydrate(ctx, await inquiryLoaders(ctx).followUpsOf.load(inquiry.id));
  }

  @ResolveField(() => [LearningEntryType], { description: "The departments' learning entries on this complaint, oldest first" })
  learningEntries(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return learningLoaders(ctx).entriesOf.load(inquiry.id);
  }
}
