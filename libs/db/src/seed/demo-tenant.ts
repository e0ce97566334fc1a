import { OrgUnitKind, TenantRole } from '@raadgiver/domain';
import { NationalCategoryCode, NationalOutcomeCode } from './national-taxonomy';

export interface DemoOrgUnit {
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  validFrom: string;
  /** Earlier names, oldest first; each was used until the given day, when the next one took over. */
  formerNames?: { name: string; until: string }[];
  children?: DemoOrgUnit[];
}

export interface DemoCatalogEntry<Code extends string> {
  name: string;
  nationalCode: Code;
}

/** One municipality's demo data, facts taken from its public reports. */
export interface DemoTenant {
  name: string;
  kommunekode: string;
  slug: string;
  locale: 'da' | 'en';
  population: { year: number; inhabitants: number }[];
  orgUnits: DemoOrgUnit[];
  /** True when the department tree is made up (marked is_demo), false when it comes from the documents. */
  orgUnitsInvented: boolean;
  categories: DemoCatalogEntry<NationalCategoryCode>[];
  outcomes: DemoCatalogEntry<NationalOutcomeCode>[];
  /** Display name of the demo user holding each role. */
  people: Record<TenantRole, string>;
  /** The org unit the department contact answers for. */
  contactUnit: string;
}
