import { InquiryKind, OrgUnitKind, RecommendationStatus, TenantRole } from '@raadgiver/domain';
import { NationalCategoryCode, NationalOutcomeCode } from './national-taxonomy';

export interface DemoOrgUnit {
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  validFrom: string;
  /** Earlier names, oldest first; each was used until the given day, when the next one took over. */
  formerNames?: { name: string; until: string }[];
  children?: DemoOrgUnit[];
  /** The national department area (benchmark) the unit belongs to; sub-units inherit it. */
  nationalArea?: string;
}

export interface DemoCatalogEntry<Code extends string> {
  name: string;
  nationalCode: Code;
}

/** A share of one year's registrations: where they went and how many of each kind. */
export interface DemoRegistrationGroup {
  /** Org units by name with a weight each; null means no unit. Follow-ups stay with their main case's unit. */
  units: readonly (readonly [string | null, number])[];
  /** Exact number of registrations of each kind in this group (follow-ups included among the complaints). */
  kinds: Partial<Record<InquiryKind, number>>;
}

/**
 * The published figures of one reporting period, which the generated registrations reproduce exactly.
 * Every follow-up is a complaint about the same course of events as an earlier complaint (its main case).
 */
export interface DemoRegistrationYear {
  /** Used in the references, e.g. LEJ-2019-0001. */
  year: number;
  /** The period, both days included. */
  from: string;
  to: string;
  /** Distinct citizens with a registration in the period. */
  citizens: number;
  /** How many of those also had a registration in the tenant's previous period. */
  returningCitizens: number;
  /** Registrations that are follow-ups (main_inquiry_id set); all complaints, apportioned over the groups. */
  followUps: number;
  groups: DemoRegistrationGroup[];
  /**
   * Complaint categories by name: the exact number of complaints registering each (a complaint can have
   * several) unless `categoryLinksPerComplaint` is given, in which case they are weights.
   */
  complaintCategories: Record<string, number>;
  categoryLinksPerComplaint?: number;
  /** Categories given to registrations of other kinds, by kind. */
  kindCategories?: Partial<Record<InquiryKind, string>>;
  /** Outcome weights by name, apportioned over the closed complaints (exact when they add up to that number). */
  complaintOutcomes: Record<string, number>;
  /** Registrations still open (chosen among the latest received). */
  stillOpen?: number;
}

/** A department's answer to a recommendation, entered by the tenant admin on the department's behalf. */
export interface DemoFollowUp {
  /** The addressed unit, by name. */
  orgUnit: string;
  text: string;
  proposedStatus?: RecommendationStatus;
  /** When it was written, ISO timestamp (fixed, so the seed is deterministic). */
  writtenAt: string;
}

export interface DemoRecommendation {
  title: string;
  text: string;
  /** Units by name; none for a general recommendation. */
  orgUnits: string[];
  dueOn?: string;
  /** The statuses the advisor set, oldest first, each with its (fixed) time; none leaves it open. */
  statuses?: { status: RecommendationStatus; setAt: string }[];
  followUps?: DemoFollowUp[];
}

/** A published report with its recommendations and the departments' follow-up, as written by the demo advisor. */
export interface DemoReport {
  title: string;
  from: string;
  to: string;
  /** The period its figures are compared with (the previous one), if any. */
  comparison?: { from: string; to: string };
  publishedAt: string;
  followUpIntro: string;
  recommendations: DemoRecommendation[];
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
  /** Prefix of the generated inquiry references, e.g. LEJ. */
  referencePrefix: string;
  /** The reporting periods whose figures the generated registrations reproduce, oldest first. */
  registrations: DemoRegistrationYear[];
  /** Published reports with recommendations and follow-up (none for most tenants). */
  reports?: DemoReport[];
  /** Decided cases per department and year, as a tenant admin enters them (for inquiries per 1,000 decided cases). */
  decidedCases?: { unit: string; year: number; decidedCases: number }[];
}
