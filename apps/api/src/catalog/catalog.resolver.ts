import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TENANT_ROLES } from '@raadgiver/domain';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { CatalogService } from './catalog.service';
import { CategoryType, CreateCatalogEntryInput, OutcomeType, UpdateCatalogEntryInput } from './catalog.types';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Roles(...TENANT_ROLES)
  @Query(() => [CategoryType])
  categories(@Context() ctx: RequestContext) {
    return this.catalog.list(ctx, 'category');
  }

  @Roles(...TENANT_ROLES)
  @Query(() => [OutcomeType])
  outcomes(@Context() ctx: RequestContext) {
    return this.catalog.list(ctx, 'outcome');
  }

  @Roles('tenant_admin')
  @Mutation(() => CategoryType)
  createCategory(@Args('input') input: CreateCatalogEntryInput, @Context() ctx: RequestContext) {
    return this.catalog.create(ctx, 'category', input);
  }

  @Roles('tenant_admin')
  @Mutation(() => CategoryType, { description: 'Renames, remaps or deactivates a category; inactive ones stay on old inquiries' })
  updateCategory(@Args('input') input: UpdateCatalogEntryInput, @Context() ctx: RequestContext) {
    return this.catalog.update(ctx, 'category', input);
  }

  @Roles('tenant_admin')
  @Mutation(() => OutcomeType)
  createOutcome(@Args('input') input: CreateCatalogEntryInput, @Context() ctx: RequestContext) {
    return this.catalog.create(ctx, 'outcome', input);
  }

  @Roles('tenant_admin')
  @Mutation(() => OutcomeType)
  updateOutcome(@Args('input') input: UpdateCatalogEntryInput, @Context() ctx: RequestContext) {
    return this.catalog.update(ctx, 'outcome', input);
  }
}
