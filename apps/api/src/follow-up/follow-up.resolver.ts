import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { Expensive } from '../graphql/expensive-operation';
import { RequestContext } from '../graphql/request-context';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { OrgUnitType } from '../org-units/org-unit.types';
import { RecommendationType, ReportType } from '../reports/report.types';
import { SetRecommendationFollowUpInput, WriteFollowUpInput } from './dto/follow-up.inputs';
import { followUpLoaders } from './follow-up.loaders';
import { FollowUpService } from './follow-up.service';
import {
  CarryOverType,
  FollowUpAttachmentType,
  FollowUpNotePreviewType,
  FollowUpNoteType,
  RecommendationConnectionType,
  RecommendationFollowUpType,
  RecommendationReportType,
  RecommendationStatusChangeType,
} from './follow-up.types';

function loaders(ctx: RequestContext, service: FollowUpService) {
  return followUpLoaders(ctx, (reportId) => ctx.run((em) => service.carryOver(em, ctx, reportId)));
}

/** The follow-up of a recommendation: the advisor's status and due date, the department contacts' answers. */
@Resolver(() => RecommendationType)
export class RecommendationFollowUpResolver {
  constructor(private readonly service: FollowUpService) {}

  @Roles('advisor')
  @Mutation(() => RecommendationType, { description: 'Sets the status (kept in statusHistory) and/or due date; in any report status, also after publishing' })
  setRecommendationFollowUp(@Args('input') input: SetRecommendationFollowUpInput, @Context() ctx: RequestContext) {
    return this.service.setRecommendationFollowUp(ctx, input);
  }

  @Roles('advisor', 'council_viewer', 'department_contact')
  @Query(() => RecommendationType, { description: "One recommendation; a department contact's must be addressed to their units, else not found" })
  recommendation(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.getRecommendation(ctx, id);
  }

  @Roles('department_contact')
  @Query(() => RecommendationConnectionType, {
    description: "Recommendations of published reports addressed to the caller's units and their sub-units, newest report first, a page at a time",
  })
  myRecommendations(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.myRecommendations(ctx, first, after ?? null);
  }

  @Roles('department_contact')
  @Mutation(() => RecommendationFollowUpType, { description: 'Writes (or rewrites) your unit’s answer to a recommendation addressed to it' })
  writeFollowUp(@Args('input') input: WriteFollowUpInput, @Context() ctx: RequestContext) {
    return this.service.writeFollowUp(ctx, input);
  }

  @ResolveField(() => RecommendationReportType, { nullable: true, description: 'The report it belongs to: title and period' })
  report(@Parent() recommendation: RecommendationType, @Context() ctx: RequestContext) {
    return loaders(ctx, this.service).report.load(recommendation.reportId);
  }

  @ResolveField(() => [RecommendationStatusChangeType], { description: 'Every status it was given, oldest first' })
  statusHistory(@Parent() recommendation: RecommendationType, @Context() ctx: RequestContext) {
    return loaders(ctx, this.service).statusHistory.load(recommendation.id);
  }

  @ResolveField(() => [ID], { description: 'The addressed units the caller may answer for: a department contact\'s own; empty for other roles' })
  answerableOrgUnitIds(@Parent() recommendation: RecommendationType, @Context() ctx: RequestContext) {
    return loaders(ctx, this.service).answerableUnits.load(recommendation.id);
  }

  /** A contact reaches recommendations only in their scope, and may read every department's answer to those. */
  @ResolveField(() => [RecommendationFollowUpType], { description: "The departments' answers, oldest first" })
  followUps(@Parent() recommendation: RecommendationType, @Context() ctx: RequestContext) {
    return loaders(ctx, this.service).followUps.load(recommendation.id);
  }
}

@Resolver(() => RecommendationStatusChangeType)
export class RecommendationStatusChangeResolver {
  @ResolveField(() => String, { nullable: true, description: 'Who set it' })
  setBy(@Parent() change: RecommendationStatusChangeType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).userName.load(change.setById);
  }
}

@Resolver(() => RecommendationFollowUpType)
export class RecommendationFollowUpFieldsResolver {
  constructor(private readonly service: FollowUpService) {}

  // At most five per answer, fetched by one loader query per request: priced like a single object, not an open list.
  @ResolveField(() => [FollowUpAttachmentType], { description: 'Files attached to the answer (at most 5), oldest first', complexity: ({ childComplexity }) => 1 + childComplexity })
  attachments(@Parent() followUp: RecommendationFollowUpType, @Context() ctx: RequestContext) {
    return loaders(ctx, this.service).attachments.load(followUp.id);
  }

  @ResolveField(() => OrgUnitType, { nullable: true, description: 'The addressed unit the answer is for' })
  orgUnit(@Parent() followUp: RecommendationFollowUpType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).byId.load(followUp.orgUnitId) as Promise<OrgUnitType | null>;
  }

  @ResolveField(() => String, { nullable: true })
  writtenBy(@Parent() followUp: RecommendationFollowUpType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).userName.load(followUp.writtenById);
  }
}

/** The follow-up note on a report and what the report carries over from the previous one. */
@Resolver(() => ReportType)
export class ReportFollowUpResolver {
  constructor(private readonly service: FollowUpService) {}

  @Roles('advisor')
  @Mutation(() => ReportType, { description: "The introduction to the report's follow-up note, stored as typed; in any report status" })
  updateFollowUpIntro(@Args('reportId', { type: () => ID }) reportId: string, @Args('intro') intro: string, @Context() ctx: RequestContext) {
    return this.service.updateIntro(ctx, reportId, intro);
  }

  @Roles('advisor')
  @Expensive()
  @Query(() => FollowUpNotePreviewType, { description: 'The follow-up note as it would be generated now; audited' })
  followUpNotePreview(@Args('reportId', { type: () => ID }) reportId: string, @Context() ctx: RequestContext) {
    return this.service.preview(ctx, reportId);
  }

  @Roles('advisor')
  @Mutation(() => ReportType, { description: 'Starts the next follow-up note version (DOCX and PDF); while one is generating, returns it' })
  generateFollowUpNote(@Args('reportId', { type: () => ID }) reportId: string, @Context() ctx: RequestContext) {
    return this.service.generate(ctx, reportId);
  }

  @ResolveField(() => FollowUpNoteType, { nullable: true, description: 'The latest follow-up note version; null before the first' })
  followUpNote(@Parent() report: ReportType, @Context() ctx: RequestContext) {
    return loaders(ctx, this.service).note.load(report.id);
  }

  @ResolveField(() => CarryOverType, { description: "The previous report's recommendations, their status and follow-up, and the share implemented" })
  carryOver(@Parent() report: ReportType, @Context() ctx: RequestContext) {
    return loaders(ctx, this.service).carryOver.load(report.id);
  }
}
