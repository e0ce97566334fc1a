/**
 * The national taxonomy every tenant's categories and outcomes map to, so the benchmark can compare
 * municipalities that name things differently. Codes are stable: a report or benchmark row refers to them.
 */
export const NATIONAL_CATEGORY_CODES = [
  'processing_time',
  'involvement',
  'note_duty',
  'guidance_duty',
  'access_to_documents',
  'consultation',
  'coordination',
  'deadlines',
  'conduct',
  'communication',
  'case_procedure',
  'disagreement_with_decision',
  'wayfinding',
  'other',
] as const;
export type NationalCategoryCode = (typeof NATIONAL_CATEGORY_CODES)[number];

export const NATIONAL_OUTCOME_CODES = [
  'dialogue_strengthened',
  'complaint_help',
  'reopened',
  'criticism',
  'resolved_by_advisor',
  'rejected_outdated',
  'improvement_proposal',
  'other',
] as const;
export type NationalOutcomeCode = (typeof NATIONAL_OUTCOME_CODES)[number];
