import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TENANT_ROLES } from '@raadgiver/domain';
import { Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { CatalogService } from './catalog.service';
import { CategoryType, CreateCatalogEntryInput, OutcomeType, ReorderCatalogInput, UpdateCatalogEntryInput } from './catalog.types';

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

  @Roles('tenant_admin')
  @Mutation(() => [CategoryType], { description: 'Puts all the categories in the given order; the list names each exactly once' })
  reorderCategories(@Args('input') input: ReorderCatalogInput, @Context() ctx: RequestContext) {
    return this.catalog.reorder(ctx, 'category', input);
  }

  @Roles('tenant_admin')
  @Mutation(() => [OutcomeType], { description: 'Puts all the outcomes in the given order; the list names each exactly once' })
  reorderOutcomes(@Args('input') input: ReorderCatalogInput, @Context() ctx: RequestContext) {
    return this.catalog.reorder(ctx, 'outcome', input);
  }
}
