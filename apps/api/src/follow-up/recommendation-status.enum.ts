import { registerEnumType } from '@nestjs/graphql';
import { RECOMMENDATION_STATUSES, RecommendationStatus } from '@raadgiver/domain';

/** OPEN, IN_PROGRESS, IMPLEMENTED, PARTLY_IMPLEMENTED, NOT_TAKEN_UP in GraphQL; the domain's lower-case values inside. */
export const RecommendationStatusEnum = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s.toUpperCase(), s])) as Record<string, RecommendationStatus>;
registerEnumType(RecommendationStatusEnum, {
  name: 'RecommendationStatus',
  description: 'OPEN and IN_PROGRESS are still being worked on (and reminded about); the other three close the recommendation',
});
