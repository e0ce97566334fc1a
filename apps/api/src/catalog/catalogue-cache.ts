import { Injectable } from '@nestjs/common';
import { RequestContext } from '../graphql/request-context';
import { OrgUnitType } from '../org-units/org-unit.types';
import { CategoryType, OutcomeType } from './catalog.types';
import { catalogueQueries } from './catalogue.repository';

/** One tenant's units, outcomes and categories as of `version` (tenant_version.catalogue_version). */
export class TenantCatalogue {
  private readonly orgUnits: Map<string, OrgUnitType>;
  private readonly outcomes: Map<string, OutcomeType>;
  /** With its place in the catalogue's order (sort order, then name). */
  private readonly categories: Map<string, { category: CategoryType; rank: number }>;

  constructor(
    readonly version: string,
    orgUnits: OrgUnitType[],
    outcomes: OutcomeType[],
    categoriesInOrder: CategoryType[],
  ) {
    this.orgUnits = new Map(orgUnits.map((unit) => [unit.id, unit]));
    this.outcomes = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
    this.categories = new Map(categoriesInOrder.map((category, rank) => [category.id, { category, rank }]));
  }

  orgUnit(id: string | null): OrgUnitType | null {
    return (id && this.orgUnits.get(id)) || null;
  }

  outcome(id: string | null): OutcomeType | null {
    return (id && this.outcomes.get(id)) || null;
  }

  /** The categories with these ids in the catalogue's order; an id the catalogue no longer has is left out. */
  categoriesOf(ids: readonly string[]): CategoryType[] {
    if (ids.length === 0) return [];
    if (ids.length === 1) {
      const found = this.categories.get(ids[0]);
      return found ? [found.category] : [];
    }
    return ids
      .map((id) => this.categories.get(id))
      .filter((found) => found !== undefined)
      .sort((a, b) => a.rank - b.rank)
      .map((found) => found.category);
  }
}

/**
 * Each tenant's units, outcomes and categories, kept in memory and reloaded when the tenant's
 * tenant_version.catalogue_version (moved by triggers on every change to those tables) differs from the one held.
 * A hot read such as the inquiry list then returns ids and the version only, instead of joining
 * and serialising the same few dozen catalogue rows for every page.
 */
@Injectable()
export class CatalogueCache {
  private readonly held = new Map<string, TenantCatalogue>();
  private readonly loading = new Map<string, Promise<TenantCatalogue>>();

  /** The caller's tenant's catalogue as of `version`, as the caller's own statement just read it from the tenant row. */
  async at(ctx: RequestContext, version: string): Promise<TenantCatalogue> {
    const { tenantId } = ctx.requireTenant();
    const held = this.held.get(tenantId);
    if (held?.version === version) return held;
    let loading = this.loading.get(tenantId);
    if (!loading) {
      loading = this.load(ctx).finally(() => this.loading.delete(tenantId));
      this.loading.set(tenantId, loading);
    }
    let loaded = await loading;
    // A load that began before the caller's statement may predate it: read once more, on its own.
    if (loaded.version !== version) loaded = await this.load(ctx);
    this.held.set(tenantId, loaded);
    return loaded;
  }

  private async load(ctx: RequestContext): Promise<TenantCatalogue> {
    const [row] = await ctx.statement(catalogueQueries.catalogue());
    if (!row) throw new Error('The tenant of the request context does not exist');
    return new TenantCatalogue(row.version, row.orgUnits, row.outcomes, row.categories);
  }
}
