import type { CarriedRecommendation, CarryOver, ReportFigures, ReportPeriod } from '@raadgiver/domain';

export type ReportLocale = 'da' | 'en';

/** What a document says about itself: its title, author (the municipality), language and date. */
export interface DocumentInfo {
  title: string;
  author: string;
  locale: ReportLocale;
  /** YYYY-MM-DD; fixed, so the same content gives the same bytes. */
  date: string;
  /** The running header of every page but the cover: the municipality and the document's title. */
  runningHeader: string;
}

/** A category or outcome renamed on `on` (YYYY-MM-DD): its figures count under the new name. */
export interface CatalogueRenameNote {
  kind: 'category' | 'outcome';
  from: string;
  to: string;
  on: string;
}

/** The municipality's logo as the tenant admin uploaded it (re-encoded as PNG by the API), with its size in pixels. */
export interface Logo {
  png: Buffer;
  width: number;
  height: number;
}

/** A recommendation of this report: general (no units) or addressed to org units. */
export interface ReportRecommendation {
  title: string;
  text: string;
  orgUnitNames: string[];
}

/**
 * Everything a report document shows. Prose (sections, recommendations, unit names) is free text typed by
 * the advisor and appears exactly as typed; paragraphs are separated by blank lines. Figures are never typed.
 */
export interface ReportDocumentModel {
  tenantName: string;
  /** On the cover; a text mark of the municipality's name when there is none. */
  logo?: Logo | null;
  /** The citizen advisor who wrote the report, on the cover; left out when unknown. */
  advisorName?: string | null;
  /** Categories and outcomes renamed during the period, oldest first; told in "Sådan er tallene opgjort". */
  catalogueRenames?: CatalogueRenameNote[];
  title: string;
  period: ReportPeriod;
  comparisonPeriod: ReportPeriod | null;
  locale: ReportLocale;
  sections: {
    foreword: string;
    themes: string;
    examples: string;
  };
  figures: ReportFigures;
  recommendations: ReportRecommendation[];
  /** The previous report's recommendations with their status and the departments' follow-up (CarryOver.recommendations). */
  previousRecommendations: CarriedRecommendation[];
  /**
   * The previous report and the share implemented per department and for the tenant (the rest of CarryOver); the
   * share table is left out without it.
   */
  carryOver?: Omit<CarryOver, 'recommendations'>;
}

/** The carry-over fields of the document model, from what loadCarryOver gives. */
export function carryOverFields({ recommendations, ...rest }: CarryOver): Pick<ReportDocumentModel, 'previousRecommendations' | 'carryOver'> {
  return { previousRecommendations: recommendations, carryOver: rest };
}

/** Splits prose into paragraphs on blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** What the annual report's documents say about themselves. */
export function reportInfo(model: ReportDocumentModel): DocumentInfo {
  return { title: model.title, author: model.tenantName, locale: model.locale, date: model.period.to, runningHeader: `${model.tenantName} · ${model.title}` };
}
