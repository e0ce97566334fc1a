import type { ReportFigures, ReportPeriod } from '@raadgiver/domain';

export type ReportLocale = 'da' | 'en';

/** A recommendation of this report: general (no units) or addressed to org units. */
export interface ReportRecommendation {
  title: string;
  text: string;
  orgUnitNames: string[];
}

/** A recommendation of the previous report with its follow-up status, both as the advisor wrote them. */
export interface PreviousRecommendation {
  title: string;
  status: string;
  followUp: string;
}

/**
 * Everything a report document shows. Prose (sections, recommendations, unit names) is free text typed by
 * the advisor and appears exactly as typed; paragraphs are separated by blank lines. Figures are never typed.
 */
export interface ReportDocumentModel {
  tenantName: string;
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
  previousRecommendations: PreviousRecommendation[];
}

/** Splits prose into paragraphs on blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
