import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatorOnly, Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { PeriodInput } from '../reports/dto/period.input';
import { ArchivePackageType, TenantDeletionType } from './archive.types';
import { ArchivesService } from './archives.service';
import { LeavingService } from './leaving.service';

@Resolver(() => ArchivePackageType)
export class ArchivesResolver {
  constructor(
    private readonly archives: ArchivesService,
    private readonly leaving: LeavingService,
  ) {}

  @Roles('tenant_admin')
  @Query(() => [ArchivePackageType], { description: "The municipality's archive packages, newest first" })
  archivePackages(@Context() ctx: RequestContext) {
    return this.archives.list(ctx);
  }

  @Roles('tenant_admin')
  @Mutation(() => ArchivePackageType, { description: "Asks for an archive of a period's inquiries, learning entries, report documents and log; the worker builds it" })
  requestArchivePackage(@Args('period') period: PeriodInput, @Context() ctx: RequestContext) {
    return this.archives.request(ctx, period);
  }

  @Roles('tenant_admin')
  @Mutation(() => ArchivePackageType, { description: 'Marks a ready archive package as delivered to the archive authority' })
  markArchivePackageDelivered(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.archives.markDelivered(ctx, id);
  }

  @OperatorOnly()
  @Mutation(() => ArchivePackageType, { description: "Asks for an export of everything the municipality holds, before it leaves; the worker builds it" })
  exportTenant(@Args('tenantId', { type: () => ID }) tenantId: string, @Context() ctx: RequestContext) {
    return this.archives.exportTenant(ctx, tenantId);
  }

  @OperatorOnly()
  @Query(() => ArchivePackageType, { nullable: true, description: "The municipality's latest export of everything" })
  tenantExport(@Args('tenantId', { type: () => ID }) tenantId: string, @Context() ctx: RequestContext) {
    return this.archives.tenantExport(ctx, tenantId);
  }

  @OperatorOnly()
  @Mutation(() => TenantDeletionType, { description: "Deletes the municipality and all its data, once its export is ready and confirmName is its name" })
  async deleteTenant(@Args('tenantId', { type: () => ID }) tenantId: string, @Args('confirmName') confirmName: string, @Context() ctx: RequestContext) {
    const { account, counts } = await this.leaving.deleteTenant(ctx, tenantId, confirmName);
    return { account, counts: Object.entries(counts).map(([table, rows]) => ({ table, rows })) };
  }
}
