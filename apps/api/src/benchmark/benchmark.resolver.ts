import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PeerGroup } from '@raadgiver/domain';
import { OperatorOnly, Public, Roles } from '../access/access.decorators';
import { Expensive } from '../graphql/expensive-operation';
import { RequestContext } from '../graphql/request-context';
import { BenchmarkService } from './benchmark.service';
import { BenchmarkDashboardType, BenchmarkType, CreateNationalTaxonomyVersionInput, NationalTaxonomyVersionType, PeerGroupEnum } from './benchmark.types';

@Resolver()
export class BenchmarkResolver {
  constructor(private readonly benchmark: BenchmarkService) {}

  @Public()
  @Expensive()
  @Query(() => BenchmarkType, { description: 'The published national benchmark: opted-in municipalities only, small numbers and the cells that would give them away as ".."' })
  publicBenchmark(@Args('year', { type: () => Int, nullable: true }) year: number | null, @Context() ctx: RequestContext) {
    return this.benchmark.publicBenchmark(ctx, year);
  }

  @Roles('advisor', 'tenant_admin', 'council_viewer')
  @Expensive()
  @Query(() => BenchmarkDashboardType, { description: "The benchmark with the own municipality's unsuppressed figures beside the national ones" })
  benchmarkDashboard(@Args('year', { type: () => Int, nullable: true }) year: number | null, @Context() ctx: RequestContext) {
    return this.benchmark.dashboard(ctx, year);
  }

  @Public()
  @Query(() => NationalTaxonomyVersionType, { description: 'The current national taxonomy' })
  nationalTaxonomy(@Context() ctx: RequestContext) {
    return this.benchmark.taxonomy(ctx);
  }

  @OperatorOnly()
  @Query(() => [NationalTaxonomyVersionType], { description: 'Every version of the national taxonomy, newest first' })
  nationalTaxonomyVersions(@Context() ctx: RequestContext) {
    return this.benchmark.taxonomyVersions(ctx);
  }

  @OperatorOnly()
  @Mutation(() => NationalTaxonomyVersionType, { description: 'Adds a version of the national taxonomy (the full list of entries)' })
  createNationalTaxonomyVersion(@Args('input') input: CreateNationalTaxonomyVersionInput, @Context() ctx: RequestContext) {
    return this.benchmark.createTaxonomyVersion(ctx, input);
  }

  @OperatorOnly()
  @Mutation(() => Boolean, { description: "Sets a municipality's benchmark peer group (null removes it)" })
  setTenantPeerGroup(
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('peerGroup', { type: () => PeerGroupEnum, nullable: true }) peerGroup: PeerGroup | null,
    @Context() ctx: RequestContext,
  ) {
    return this.benchmark.setPeerGroup(ctx, tenantId, peerGroup ?? null);
  }

  @Roles('tenant_admin')
  @Mutation(() => Boolean, { description: "Whether the municipality's name is shown in the national benchmark" })
  setBenchmarkOptIn(@Args('optIn') optIn: boolean, @Context() ctx: RequestContext) {
    return this.benchmark.setOptIn(ctx, optIn);
  }

  @Roles('tenant_admin')
  @Mutation(() => String, { nullable: true, description: "The municipality's comment on its figures of a year (at most 500 characters; empty removes it)" })
  setBenchmarkComment(
    @Args('year', { type: () => Int }) year: number,
    @Args('text', { type: () => String, nullable: true }) text: string | null,
    @Context() ctx: RequestContext,
  ) {
    return this.benchmark.setComment(ctx, year, text);
  }

  @Roles('tenant_admin')
  @Mutation(() => Boolean, { description: "Sets an org unit's national department area (null clears it); sub-units inherit it" })
  setOrgUnitNationalArea(
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('area', { type: () => String, nullable: true }) area: string | null,
    @Context() ctx: RequestContext,
  ) {
    return this.benchmark.setOrgUnitArea(ctx, orgUnitId, area ?? null);
  }
}
