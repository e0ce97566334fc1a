import { Injectable } from '@nestjs/common';
import { RequestContext } from '../graphql/request-context';
import { OrgUnitType } from '../org-units/org-unit.types';
import { CategoryType, OutcomeType } from './catalog.types';

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

const CATALOGUE_SQL = `SELECT coalesce(tv.catalogue_version, 0)::text AS version,
    coalesce((SELECT json_agg(json_build_object('id', o.id, 'tenantId', o.tenant_id, 'parentId', o.parent_id, 'name', o.name,
        'shortName', o.short_name, 'kind', o.kind, 'validFrom', o.valid_from, 'validTo', o.valid_to, 'sortOrder', o.sort_order,
        'isDemo', o.is_demo, 'nationalArea', o.national_area)) FROM org_unit o), '[]') AS "orgUnits",
    coalesce((SELECT json_agg(json_build_object('id', oc.id, 'name', oc.name, 'nationalCode', oc.national_code, 'active', oc.active,
        'sortOrder', oc.sort_order)) FROM outcome oc), '[]') AS outcomes,
    coalesce((SELECT json_agg(json_build_object('id', k.id, 'name', k.name, 'nationalCode', k.national_code, 'active', k.active,
        'sortOrder', k.sort_order) ORDER BY k.sort_order, k.name, k.id) FROM category k), '[]') AS categories
  FROM tenant t LEFT JOIN tenant_version tv ON tv.tenant_id = t.id WHERE t.id = app_tenant_id()`;

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
    const [row] = await ctx.statement<{ version: string; orgUnits: OrgUnitType[]; outcomes: OutcomeType[]; categories: CategoryType[] }>(CATALOGUE_SQL, []);
    if (!row) throw new Error('The tenant of the request context does not exist');
    return new TenantCatalogue(row.version, row.orgUnits, row.outcomes, row.categories);
  }
}
