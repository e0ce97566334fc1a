import type { PeriodInputs } from './report-period';

export type ReportStatusName = 'DRAFT' | 'GENERATING' | 'READY' | 'PUBLISHED';
export type DocumentFormat = 'pdf' | 'docx' | 'xlsx';
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'xlsx'];

interface PeriodLike {
  from: string;
  to: string;
}

export interface ReportLike {
  status: ReportStatusName;
  currentVersion: number;
  period: PeriodLike;
  generation?: { version: number; status: 'GENERATING' | 'READY' | 'FAILED'; progress: number; error?: string | null } | null;
}

/** The report for exactly the chosen period (one report per tenant and period), if there is one. */
export function reportForPeriod<T extends { period: PeriodLike }>(reports: readonly T[], inputs: PeriodInputs): T | undefined {
  return reports.find((report) => report.period.from === inputs.period.from && report.period.to === inputs.period.to);
}

/** "Beretning 2019" for a calendar year (or any period within one year), else "Beretning 2019–2020". */
export function defaultReportTitle(inputs: PeriodInputs, word: string): string {
  const from = inputs.period.from.slice(0, 4);
  const to = inputs.period.to.slice(0, 4);
  return from === to ? `${word} ${from}` : `${word} ${from}–${to}`;
}

/** What the advisor may do with the report now, following the API's rules. */
export function reportActions(report: ReportLike, isAdvisor: boolean) {
  const generationReady = report.generation?.status === 'READY' && report.currentVersion > 0;
  return {
    generate: isAdvisor && (report.status === 'DRAFT' || report.status === 'READY'),
    publish: isAdvisor && report.status === 'READY',
    download: generationReady && (report.status === 'READY' || report.status === 'PUBLISHED'),
    generating: report.status === 'GENERATING',
  };
}

/** The download path of a version's document. */
export function documentPath(reportId: string, version: number, format: DocumentFormat): string {
  return `/reports/${encodeURIComponent(reportId)}/versions/${version}/document.${format}`;
}

export type FollowUpNoteFormat = 'pdf' | 'docx';
export const FOLLOW_UP_NOTE_FORMATS: readonly FollowUpNoteFormat[] = ['pdf', 'docx'];

/** The download path of a follow-up note version's document. */
export function followUpNotePath(reportId: string, version: number, format: FollowUpNoteFormat): string {
  return `/reports/${encodeURIComponent(reportId)}/follow-up-notes/${version}/document.${format}`;
}
