import { percentProse } from '@raadgiver/domain';
import type { RecommendationStatus } from '../gql/graphql';

/** In the order the advisor moves a recommendation along. */
export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = ['OPEN', 'IN_PROGRESS', 'IMPLEMENTED', 'PARTLY_IMPLEMENTED', 'NOT_TAKEN_UP'];

/** OPEN and IN_PROGRESS are still being worked on; the other three close the recommendation (as the API's reminders do). */
export function isStillOpen(status: RecommendationStatus): boolean {
  return status === 'OPEN' || status === 'IN_PROGRESS';
}

/** Past its due date (a 'YYYY-MM-DD' day before today) and still being worked on. */
export function isOverdue(recommendation: { dueOn?: string | null; status: RecommendationStatus }, today: string): boolean {
  return Boolean(recommendation.dueOn) && recommendation.dueOn! < today && isStillOpen(recommendation.status);
}

export interface ReportGroup<T extends { report?: { id: string } | null }> {
  report: NonNullable<T['report']>;
  recommendations: T[];
}

/**
 * The recommendations under their report, reports in the order they first appear (the API sends the newest first),
 * each report's recommendations by their sort order. Ones without a report are left out: there is nothing to show them under.
 */
export function groupByReport<T extends { report?: { id: string } | null; sortOrder: number }>(recommendations: readonly T[]): ReportGroup<T>[] {
  const groups = new Map<string, ReportGroup<T>>();
  for (const recommendation of recommendations) {
    const report = recommendation.report as NonNullable<T['report']> | null | undefined;
    if (!report) continue;
    const group = groups.get(report.id) ?? { report, recommendations: [] };
    group.recommendations.push(recommendation);
    groups.set(report.id, group);
  }
  return [...groups.values()].map((group) => ({ ...group, recommendations: [...group.recommendations].sort((a, b) => a.sortOrder - b.sortOrder) }));
}

/** The answer written for one addressed unit, if any. */
export function answerFor<T extends { orgUnit?: { id: string } | null }>(followUps: readonly T[], orgUnitId: string): T | undefined {
  return followUps.find((followUp) => followUp.orgUnit?.id === orgUnitId);
}

export interface ComplianceView {
  total: number;
  implemented: number;
}

/** "2 af 5 (40 %)": implemented of all, the share in whole per cent rounded half up; "–" without recommendations. */
export function formatCompliance(compliance: ComplianceView, language: 'da' | 'en', of: string): string {
  if (compliance.total === 0) return '–';
  return `${compliance.implemented} ${of} ${compliance.total} (${percentProse(compliance.implemented, compliance.total, language)} %)`;
}

/** A file size for people: "512 B", "12 kB", "2,4 MB" (decimal separator of the language). */
export function formatByteSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** The attachments of each department's answer, keyed by unit and recommendation title as the follow-up note's rows name them. */
export function attachmentsByAnswer<A>(
  recommendations: readonly { title: string; followUps: readonly { id: string; orgUnit?: { id: string } | null; attachments: readonly A[] }[] }[],
): Map<string, { followUpId: string; attachments: readonly A[] }[]> {
  const byAnswer = new Map<string, { followUpId: string; attachments: readonly A[] }[]>();
  for (const recommendation of recommendations) {
    for (const followUp of recommendation.followUps) {
      if (!followUp.orgUnit || followUp.attachments.length === 0) continue;
      const key = answerKey(followUp.orgUnit.id, recommendation.title);
      byAnswer.set(key, [...(byAnswer.get(key) ?? []), { followUpId: followUp.id, attachments: followUp.attachments }]);
    }
  }
  return byAnswer;
}

export function answerKey(orgUnitId: string, recommendationTitle: string): string {
  return `${orgUnitId}\n${recommendationTitle}`;
}
