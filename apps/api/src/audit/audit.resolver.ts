import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { Expensive } from '../graphql/expensive-operation';
import { RequestContext } from '../graphql/request-context';
import { AuditEventConnectionType, AuditEventType, AuditFilter } from './audit-event.types';
import { AuditLogService } from './audit-log.service';

@Resolver(() => AuditEventType)
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Roles('tenant_admin')
  @Query(() => AuditEventConnectionType, { description: 'The audit log, newest first' })
  auditEvents(
    @Context() ctx: RequestContext,
    // A plain class type (no "| null") so the validation pipe sees it; null arrives when the filter is left out.
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.log.list(ctx, filter ?? null, first, after ?? null);
  }

  @Roles('tenant_admin')
  @Expensive()
  @Query(() => String, { description: 'Every event about one citizen and their inquiries, as CSV; audited' })
  citizenAuditExport(@Args('citizenId', { type: () => ID }) citizenId: string, @Context() ctx: RequestContext) {
    return this.log.citizenExport(ctx, citizenId);
  }
}
