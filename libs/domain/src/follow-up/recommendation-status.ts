/**
 * A recommendation's follow-up status over time. OPEN and IN_PROGRESS are still being worked on; the other three
 * close it, and closed recommendations are not reminded about.
 */
export const RECOMMENDATION_STATUSES = ['open', 'in_progress', 'implemented', 'partly_implemented', 'not_taken_up'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const ACTIVE_RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = ['open', 'in_progress'];

export function isRecommendationStatus(value: unknown): value is RecommendationStatus {
  return typeof value === 'string' && (RECOMMENDATION_STATUSES as readonly string[]).includes(value);
}

/** Days before the due date at which department contacts are first reminded. */
export const REMINDER_WINDOW_DAYS = 14;
