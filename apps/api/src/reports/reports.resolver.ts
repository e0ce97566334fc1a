import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { REPORT_PREVIEW_ROLES, ReportFigures } from '@raadgiver/domain';
import { Roles } from '../access/access.decorators';
import { Expensive } from '../graphql/expensive-operation';
import { RequestContext } from '../graphql/request-context';
import { PeriodInput } from './dto/period.input';
import { AddRecommendationInput, CreateReportInput, UpdateRecommendationInput, UpdateReportSectionsInput } from './dto/report.inputs';
import { ReportFiguresType } from './report-figures.types';
import { RecommendationType, ReportGenerationType, ReportType, ReportVersionType } from './report.types';
import { ReportsService } from './reports.service';

export { ShareResolver } from './share.resolver';

@Resolver(() => ReportType)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Roles(...REPORT_PREVIEW_ROLES)
  @Expensive()
  @Query(() => ReportFiguresType, {
    description: "The report's figures computed live for any period (at most two years), with an optional comparison period; audited",
  })
  reportPreview(
    @Args('period', { type: () => PeriodInput }) period: PeriodInput,
    @Args('comparison', { type: () => PeriodInput, nullable: true }) comparison: PeriodInput | null,
    @Context() ctx: RequestContext,
  ): Promise<ReportFigures> {
    return this.service.preview(ctx, period, comparison);
  }

  @Roles('advisor', 'council_viewer')
  @Query(() => [ReportType], { description: "The municipality's reports, newest period first; a council viewer sees published ones only" })
  reports(@Context() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @Roles('advisor', 'council_viewer')
  @Query(() => ReportType)
  report(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Roles('advisor')
  @Mutation(() => ReportType, { description: 'A new draft report for a period; one report per period' })
  createReport(@Args('input') input: CreateReportInput, @Context() ctx: RequestContext) {
    return this.service.create(ctx, input);
  }

  @Roles('advisor')
  @Mutation(() => ReportType, { description: 'Only while DRAFT or READY; a READY report returns to DRAFT' })
  updateReportSections(@Args('input') input: UpdateReportSectionsInput, @Context() ctx: RequestContext) {
    return this.service.updateSections(ctx, input);
  }

  @Roles('advisor')
  @Mutation(() => RecommendationType, { description: 'Appends a recommendation; only while DRAFT or READY (READY returns to DRAFT)' })
  addRecommendation(@Args('input') input: AddRecommendationInput, @Context() ctx: RequestContext) {
    return this.service.addRecommendation(ctx, input);
  }

  @Roles('advisor')
  @Mutation(() => RecommendationType, { description: 'Only while DRAFT or READY (READY returns to DRAFT)' })
  updateRecommendation(@Args('input') input: UpdateRecommendationInput, @Context() ctx: RequestContext) {
    return this.service.updateRecommendation(ctx, input);
  }

  @Roles('advisor')
  @Mutation(() => ReportType, { description: 'Removes a recommendation and returns its report; only while DRAFT or READY' })
  removeRecommendation(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.removeRecommendation(ctx, id);
  }

  @Roles('advisor')
  @Mutation(() => ReportType, { description: 'Publishes a READY report to the council viewers' })
  publishReport(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.publish(ctx, id);
  }

  @Roles('advisor')
  @Mutation(() => ReportType, {
    description: 'Makes the next version (PDF, DOCX, XLSX) in the worker; only while DRAFT or READY. While GENERATING it returns the same version and starts nothing',
  })
  generateReport(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.generate(ctx, id);
  }

  @ResolveField(() => ReportGenerationType, { nullable: true, description: "The latest version's generation; null before the first" })
  generation(@Parent() report: ReportType, @Context() ctx: RequestContext) {
    return this.service.generation(ctx, report);
  }

  @ResolveField(() => [RecommendationType], { description: 'In their order in the report' })
  recommendations(@Parent() report: ReportType, @Context() ctx: RequestContext) {
    return this.service.loaders(ctx).recommendations.load(report.id);
  }

  @ResolveField(() => ReportFiguresType, {
    nullable: true,
    description: 'The figures of the newest ready version, as its documents show them; null before a version is ready',
  })
  async figures(@Parent() report: ReportType, @Context() ctx: RequestContext): Promise<ReportFiguresType | null> {
    const versions = await this.service.loaders(ctx).versions.load(report.id);
    return versions.find((version) => version.status === 'ready' && version.figures)?.figures ?? null;
  }

  @ResolveField(() => [ReportVersionType], { description: 'Newest first' })
  versions(@Parent() report: ReportType, @Context() ctx: RequestContext) {
    return this.service.loaders(ctx).versions.load(report.id);
  }
}
