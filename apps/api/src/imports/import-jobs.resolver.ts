import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { presentImportProblem, StoredImportRowProblem } from '@raadgiver/domain';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { requestLanguage } from '../common/request-language';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { ImportJobConnectionType, ImportJobType, ImportRowErrorType } from './import-job.types';
import { ImportsService } from './imports.service';

@Resolver(() => ImportJobType)
export class ImportJobsResolver {
  constructor(private readonly imports: ImportsService) {}

  @Roles('advisor')
  @Query(() => ImportJobType, { description: 'One import, with its progress and, when rejected, every bad row' })
  importJob(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.imports.get(ctx, id);
  }

  @Roles('advisor')
  @Query(() => ImportJobConnectionType, { description: 'The imports of the municipality, newest first, a page at a time' })
  importJobs(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.imports.list(ctx, first, after ?? null);
  }

  @ResolveField(() => String, { nullable: true, description: 'The name of who uploaded the file' })
  uploadedBy(@Parent() job: ImportJobType, @Context() ctx: RequestContext) {
    return orgUnitLoaders(ctx).userName.load(job.userId);
  }

  @ResolveField(() => [ImportRowErrorType], { description: 'The first bad rows of a rejected file (at most 1,000), by row, in the language of the request' })
  errors(@Parent() job: { errors: StoredImportRowProblem[] }, @Context() ctx: RequestContext): ImportRowErrorType[] {
    const language = requestLanguage(ctx.req);
    return job.errors.map((problem) => presentImportProblem(problem, language));
  }
}
