import { qb, runQuery } from '@raadgiver/db';
import type { OrgUnitEventAction, OrgUnitKind } from '@raadgiver/domain';
import type { EntityManager } from 'typeorm';
import { asOperator, BuilderDb, inTenant, unique } from './builder-db';

export interface UnitSpec {
  /** A unit built by the same builder, by name. */
  parent?: string;
  kind?: OrgUnitKind;
  shortName?: string;
  /** The national department area (benchmark). */
  nationalArea?: string;
  validFrom?: string;
  validTo?: string | null;
  sortOrder?: number;
}

export interface CatalogueEntrySpec {
  nationalCode?: string;
  active?: boolean;
  sortOrder?: number;
}

export interface DecidedCasesSpec {
  /** A unit built by the same builder, by name. */
  unit: string;
  year: number;
  cases: number;
  /** Who entered the number (a user id). */
  by: string;
}

/** A unit's reorganisation: merged into or split off to its successor from a day on. */
export interface UnitLinkSpec {
  /** Units built by the same builder by name, or existing units' ids. */
  predecessor: string;
  successor: string;
  kind: 'merged' | 'split';
  effectiveDate: string;
}

/** An entry of a unit's history (org_unit_event): a rename, move, closing, merger or reopening from a day on. */
export interface UnitEventSpec {
  /** A unit built by the same builder by name, or an existing unit's id. */
  unit: string;
  action: OrgUnitEventAction;
  effectiveDate: string;
  fromName?: string;
  toName?: string;
}

export interface BuiltTenant {
  id: string;
  slug: string;
  /** Ids of the units built, by name. */
  units: Map<string, string>;
  /** Ids of the categories built, by name. */
  categories: Map<string, string>;
  /** Ids of the outcomes built, by name. */
  outcomes: Map<string, string>;
}

class TenantBuilder {
  private name = `Testkommune ${unique()}`;
  private kommunekode: string | null = null;
  private readonly units: (UnitSpec & { name: string })[] = [];
  private readonly catalogue: { table: 'category' | 'outcome'; name: string; spec: CatalogueEntrySpec }[] = [];
  private readonly population: { year: number; inhabitants: number }[] = [];
  private readonly decidedCases: DecidedCasesSpec[] = [];
  private readonly links: UnitLinkSpec[] = [];
  private readonly events: UnitEventSpec[] = [];

  /** `existingId`: add to that tenant (a seeded one) instead of making a new one. */
  constructor(
    private readonly db: BuilderDb,
    private readonly existingId: string | null = null,
  ) {}

  named(name: string): this {
    this.name = name;
    return this;
  }

  /** A real municipality code (municipality.code); by default the first one not yet a tenant. */
  withKommunekode(kommunekode: string): this {
    this.kommunekode = kommunekode;
    return this;
  }

  withUnit(name: string, spec: UnitSpec = {}): this {
    this.units.push({ name, ...spec });
    return this;
  }

  withCategory(name: string, spec: CatalogueEntrySpec = {}): this {
    this.catalogue.push({ table: 'category', name, spec });
    return this;
  }

  withOutcome(name: string, spec: CatalogueEntrySpec = {}): this {
    this.catalogue.push({ table: 'outcome', name, spec });
    return this;
  }

  withPopulation(year: number, inhabitants: number): this {
    this.population.push({ year, inhabitants });
    return this;
  }

  /** A unit's decided cases in a year (the benchmark's denominator). */
  withDecidedCases(spec: DecidedCasesSpec): this {
    this.decidedCases.push(spec);
    return this;
  }

  withUnitLink(link: UnitLinkSpec): this {
    this.links.push(link);
    return this;
  }

  withUnitEvent(event: UnitEventSpec): this {
    this.events.push(event);
    return this;
  }

  async build(): Promise<BuiltTenant> {
    const { id, slug } = this.existingId ? await this.existing(this.existingId) : await this.create();
    return inTenant(this.db, id, async (em) => {
      const units = await this.buildUnits(em, id);
      const categories = new Map<string, string>();
      const outcomes = new Map<string, string>();
      for (const [index, { table, name, spec }] of this.catalogue.entries()) {
        const [row] = await runQuery(
          em,
          qb
            .insertInto(table)
            .values({ tenant_id: id, name, national_code: spec.nationalCode ?? 'other', active: spec.active ?? true, sort_order: spec.sortOrder ?? index })
            .returning('id'),
        );
        (table === 'category' ? categories : outcomes).set(name, row.id);
      }
      for (const { year, inhabitants } of this.population) {
        await runQuery(em, qb.insertInto('tenant_population').values({ tenant_id: id, year, inhabitants }));
      }
      for (const { unit, year, cases, by } of this.decidedCases) {
        await runQuery(
          em,
          qb.insertInto('decided_case_volume').values({ tenant_id: id, org_unit_id: required(units, unit), year, decided_cases: cases, updated_by: by }),
        );
      }
      for (const link of this.links) {
        await runQuery(
          em,
          qb.insertInto('org_unit_link').values({
            tenant_id: id,
            predecessor_id: units.get(link.predecessor) ?? link.predecessor,
            successor_id: units.get(link.successor) ?? link.successor,
            kind: link.kind,
            effective_date: link.effectiveDate,
          }),
        );
      }
      for (const event of this.events) {
        await runQuery(
          em,
          qb.insertInto('org_unit_event').values({
            tenant_id: id,
            org_unit_id: units.get(event.unit) ?? event.unit,
            action: event.action,
            effective_date: event.effectiveDate,
            from_name: event.fromName ?? null,
            to_name: event.toName ?? null,
          }),
        );
      }
      return { id, slug, units, categories, outcomes };
    });
  }

  private async create(): Promise<{ id: string; slug: string }> {
    const slug = `test-${unique()}`;
    return asOperator(this.db, async (em) => {
      const kommunekode =
        this.kommunekode ??
        (await runQuery(em, qb.selectFrom('municipality').select('code').where('code', 'not in', qb.selectFrom('tenant').select('kommunekode')).orderBy('code').limit(1)))[0]
          .code;
      const [tenant] = await runQuery(em, qb.insertInto('tenant').values({ name: this.name, kommunekode, slug, locale: 'da' }).returning('id'));
      return { id: tenant.id, slug };
    });
  }

  private async existing(id: string): Promise<{ id: string; slug: string }> {
    const [tenant] = await asOperator(this.db, (em) => runQuery(em, qb.selectFrom('tenant').select('slug').where('id', '=', id)));
    if (!tenant) throw new Error(`No tenant ${id}`);
    return { id, slug: tenant.slug };
  }

  private async buildUnits(em: EntityManager, tenantId: string): Promise<Map<string, string>> {
    const units = new Map<string, string>();
    for (const [index, unit] of this.units.entries()) {
      const [row] = await runQuery(
        em,
        qb
          .insertInto('org_unit')
          .values({
            tenant_id: tenantId,
            name: unit.name,
            short_name: unit.shortName ?? null,
            kind: unit.kind ?? 'department',
            parent_id: unit.parent ? required(units, unit.parent) : null,
            national_area: unit.nationalArea ?? null,
            valid_from: unit.validFrom ?? '2020-01-01',
            valid_to: unit.validTo ?? null,
            sort_order: unit.sortOrder ?? index,
          })
          .returning('id'),
      );
      units.set(unit.name, row.id);
    }
    return units;
  }
}

function required(ids: Map<string, string>, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`No unit "${name}" built before it is named`);
  return id;
}

/** A new tenant, with units, catalogue entries, population and decided cases of its own. */
export const aTenant = (db: BuilderDb) => new TenantBuilder(db);

/** More of an existing (seeded) tenant: the units, catalogue entries and counts a test adds to it. */
export const theTenant = (db: BuilderDb, tenantId: string) => new TenantBuilder(db, tenantId);
