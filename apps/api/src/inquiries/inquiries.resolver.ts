import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { responseTimes } from '@raadgiver/domain';
import { Roles } from '../access/access.decorators';
import { CategoryType, OutcomeType } from '../catalog/catalog.types';
import { citizenLoaders } from '../citizens/citizen.loaders';
import { CitizenType } from '../citizens/citizen.types';
import { ApiError } from '../errors/api-error';
import { RequestContext } from '../graphql/request-context';
import { learningLoaders } from '../learning/learning.loaders';
import { LearningEntryType } from '../learning/learning.types';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { OrgUnitType } from '../org-units/org-unit.types';
import { ResponseTargetsService } from '../settings/response-targets.service';
import { todayIso } from '../validation/text.decorators';
import { CreateInquiryInput, InquiryFilter, UpdateInquiryInput } from './dto/inquiry.inputs';
import { InquiriesService } from './inquiries.service';
import { inquiryLoaders } from './inquiry.loaders';
import { InquiryConnectionType, InquiryCountsType, InquirySort, InquirySortEnum, InquiryType, ResponseTimesType } from './inquiry.types';

@Resolver(() => InquiryType)
export class InquiriesResolver {
  constructor(
    private readonly service: InquiriesService,
    private readonly targets: ResponseTargetsService,
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

  @Roles('advisor')
  @Query(() => InquiryType, { description: 'One inquiry; audited as a read' })
  inquiry(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
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

  @ResolveField(() => CitizenType)
  async citizen(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    const citizen = await citizenLoaders(ctx).byId.load(inquiry.citizenId);
    if (!citizen) throw ApiError.notFound('Citizen', 'citizen');
    return citizen;
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  orgUnit(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return inquiry.orgUnitId ? (orgUnitLoaders(ctx).byId.load(inquiry.orgUnitId) as Promise<OrgUnitType | null>) : null;
  }

  @ResolveField(() => [CategoryType])
  categories(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return inquiryLoaders(ctx).categoriesOf.load(inquiry.id);
  }

  @ResolveField(() => OutcomeType, { nullable: true })
  outcome(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return inquiry.outcomeId ? inquiryLoaders(ctx).outcomeById.load(inquiry.outcomeId) : null;
  }

  @ResolveField(() => InquiryType, { nullable: true, description: 'The main case (hovedsag) when this is a follow-up case' })
  mainInquiry(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return inquiry.mainInquiryId ? inquiryLoaders(ctx).byId.load(inquiry.mainInquiryId) : null;
  }

  @ResolveField(() => [InquiryType], { description: 'Follow-up cases (følgesager) of this main case, oldest first' })
  followUps(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return inquiryLoaders(ctx).followUpsOf.load(inquiry.id);
  }

  @ResolveField(() => ResponseTimesType)
  async responseTimes(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext): Promise<ResponseTimesType> {
    return responseTimes(inquiry, await this.targets.get(ctx), todayIso());
  }

  @ResolveField(() => [LearningEntryType], { description: "The departments' learning entries on this complaint, oldest first" })
  learningEntries(@Parent() inquiry: InquiryType, @Context() ctx: RequestContext) {
    return learningLoaders(ctx).entriesOf.load(inquiry.id);
  }
}
