import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { ImportJobType } from './import-job.types';
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
  @Query(() => [ImportJobType], { description: 'The newest imports of the municipality, newest first' })
  importJobs(@Context() ctx: RequestContext) {
    return this.imports.list(ctx);
  }
}
