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
