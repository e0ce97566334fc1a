import type { RecommendationStatus } from '@raadgiver/domain';
import { formatDate, labelsFor } from '@raadgiver/reports';

/**
 * What a reminder says: only the recommendation, its report and due date, never anything about citizens
 * (recommendations hold none, and inquiries and summaries are never read for a reminder).
 */
export interface DueRecommendation {
  recommendationTitle: string;
  status: RecommendationStatus;
  /** YYYY-MM-DD */
  dueOn: string;
  reportTitle: string;
  tenantName: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `day` to `dueOn`, both YYYY-MM-DD; negative when overdue. */
export function daysUntil(day: string, dueOn: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
}

function dueSentence(title: string, reportTitle: string, dueOn: string, days: number): string {
  const due = formatDate(dueOn, 'da');
  const subject = `Borgerrådgiverens anbefaling "${title}" i ${reportTitle}`;
  if (days > 1) return `${subject} har frist ${due}, om ${days} dage.`;
  if (days === 1) return `${subject} har frist i morgen, ${due}.`;
  if (days === 0) return `${subject} har frist i dag, ${due}.`;
  return `${subject} havde frist ${due}; fristen er overskredet med ${-days} ${days === -1 ? 'dag' : 'dage'}.`;
}

/** The Danish reminder to a department contact about a recommendation due soon or overdue, sent on `day`. */
export function reminderMail(due: DueRecommendation, day: string, adminUrl: string): { subject: string; text: string } {
  const days = daysUntil(day, due.dueOn);
  const subject =
    days < 0
      ? `Påmindelse: fristen for anbefalingen "${due.recommendationTitle}" er overskredet`
      : `Påmindelse: anbefalingen "${due.recommendationTitle}" har frist ${formatDate(due.dueOn, 'da')}`;
  const text = [
    'Kære kontaktperson',
    dueSentence(due.recommendationTitle, due.reportTitle, due.dueOn, days),
    `Anbefalingen har status: ${labelsFor('da').statuses[due.status]}.`,
    `Skriv jeres opfølgning – hvad I har lært og gjort – i Raadgiver:\n${adminUrl}`,
    'Du får denne påmindelse, fordi du er kontaktperson for en enhed, som anbefalingen er rettet til. Vi sender den hver dag, indtil anbefalingen har fået en afsluttende status.',
    `Venlig hilsen\nRaadgiver, ${due.tenantName}`,
  ].join('\n\n');
  return { subject, text };
}
