import type { RecommendationStatus } from './recommendation-status';

/** One department's answer to one recommendation, as the department typed it. */
export interface FollowUpNoteEntry {
  recommendationTitle: string;
  text: string;
  proposedStatus: RecommendationStatus | null;
  /** ISO timestamp of the latest change. */
  writtenAt: string;
}

/** A row of the follow-up note: a department and its answers; no entries means the department did not answer. */
export interface FollowUpNoteRow {
  orgUnitId: string;
  orgUnitName: string;
  entries: FollowUpNoteEntry[];
}

/**
 * The follow-up note (opfølgningsnotat) on a report, in the Norddjurs form: the municipality's introduction and one
 * row per department the report's recommendations are addressed to, in the order of the department tree. The API's
 * preview and the worker's documents are made from the same model.
 */
export interface FollowUpNoteModel {
  tenantName: string;
  reportTitle: string;
  period: { from: string; to: string };
  intro: string;
  rows: FollowUpNoteRow[];
}

/** A recommendation of the previous report as the next report lists it. */
export interface CarriedRecommendation {
  id: string;
  title: string;
  text: string;
  status: RecommendationStatus;
  orgUnits: { id: string; name: string }[];
  followUps: { orgUnitId: string; orgUnitName: string; text: string }[];
}

/** How many recommendations were implemented: the compliance share (implemented / total; null when there are none). */
export interface ComplianceShare {
  total: number;
  implemented: number;
  partlyImplemented: number;
  share: number | null;
}

/** The previous report's recommendations with their follow-up, and the share implemented per department and overall. */
export interface CarryOver {
  previousReport: { id: string; title: string; period: { from: string; to: string } } | null;
  recommendations: CarriedRecommendation[];
  tenant: ComplianceShare;
  departments: (ComplianceShare & { orgUnitId: string; orgUnitName: string })[];
}
