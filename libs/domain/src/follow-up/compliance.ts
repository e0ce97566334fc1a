import type { ComplianceShare } from './follow-up-note';
import type { RecommendationStatus } from './recommendation-status';

/** A recommendation as the compliance share counts it: its latest status and the units it is addressed to. */
export interface CountedRecommendation {
  status: RecommendationStatus;
  orgUnitIds: readonly string[];
}

/** Implemented / total; partly implemented is counted beside it, never as implemented. */
export function complianceShare(statuses: readonly RecommendationStatus[]): ComplianceShare {
  const total = statuses.length;
  const implemented = statuses.filter((s) => s === 'implemented').length;
  const partlyImplemented = statuses.filter((s) => s === 'partly_implemented').length;
  return { total, implemented, partlyImplemented, share: total ? implemented / total : null };
}

/**
 * The compliance share for the tenant (every recommendation, general ones included) and per addressed unit (the
 * recommendations addressed to it), the units in the order given; a unit no recommendation is addressed to is left out.
 */
export function complianceShares<U extends { id: string }>(
  recommendations: readonly CountedRecommendation[],
  unitsInOrder: readonly U[],
): { tenant: ComplianceShare; departments: (ComplianceShare & { unit: U })[] } {
  const statusesOf = new Map<string, RecommendationStatus[]>();
  for (const recommendation of recommendations) {
    for (const id of new Set(recommendation.orgUnitIds)) statusesOf.set(id, [...(statusesOf.get(id) ?? []), recommendation.status]);
  }
  return {
    tenant: complianceShare(recommendations.map((r) => r.status)),
    departments: unitsInOrder.filter((unit) => statusesOf.has(unit.id)).map((unit) => ({ ...complianceShare(statusesOf.get(unit.id)!), unit })),
  };
}
