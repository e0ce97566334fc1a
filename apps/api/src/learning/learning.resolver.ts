import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { CategoryType } from '../catalog/catalog.types';
import { RequestContext } from '../graphql/request-context';
import { inquiryLoaders } from '../inquiries/inquiry.loaders';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { OrgUnitType } from '../org-units/org-unit.types';
import { LearningEntryInput } from './dto/learning-entry.input';
import { learningLoaders } from './learning.loaders';
import { LearningService } from './learning.service';
import { DepartmentComplaintConnectionType, DepartmentComplaintType, LearningEntryType } from './learning.types';

function unit(orgUnitId: string | null, ctx: RequestContext) {
  return orgUnitId ? (orgUnitLoaders(ctx).byId.load(orgUnitId) as Promise<OrgUnitType | null>) : null;
}

@Resolver(() => DepartmentComplaintType)
export class DepartmentComplaintsResolver {
  constructor(private readonly service: LearningService) {}

  @Roles('department_contact')
  @Query(() => DepartmentComplaintConnectionType, { description: "Complaints about the caller's units and their sub-units, newest first, a page at a time" })
  departmentComplaints(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.complaints(ctx, first, after ?? null);
  }

  @Roles('department_contact')
  @Mutation(() => LearningEntryType, { description: 'A learning entry for a complaint about one of your units' })
  writeLearningEntry(@Args('input') input: LearningEntryInput, @Context() ctx: RequestContext) {
    return this.service.write(ctx, input);
  }

  @ResolveField(() => OrgUnitType, { nullable: true })
  orgUnit(@Parent() complaint: DepartmentComplaintType, @Context() ctx: RequestContext) {
    return unit(complaint.orgUnitId, ctx);
  }

  @ResolveField(() => [CategoryType])
  categories(@Parent() complaint: DepartmentComplaintType, @Context() ctx: RequestContext) {
    return inquiryLoaders(ctx).categoriesOf.load(complaint.id);
  }

  @ResolveField(() => [LearningEntryType], { description: 'Oldest first' })
  learningEntries(@Parent() complaint: DepartmentComplaintType, @Context() ctx: RequestContext) {
    return learningLoaders(ctx).entriesOf.load(complaint.id);
  }
}

@Resolver(() => LearningEntryType)
export class LearningEntriesResolver {
  @ResolveField(() => OrgUnitType, { nullable: true })
  orgUnit(@Parent() entry: LearningEntryType, @Context() ctx: RequestContext) {
    return unit(entry.orgUnitId, ctx);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who wrote the entry, when visible to the caller' })
  authorName(@Parent() entry: LearningEntryType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).userName.load(entry.authorId);
  }
}
