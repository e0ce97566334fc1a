/**
 * The report figures as the preview screen reads them. They mirror the statistics engine's types
 * (libs/domain/src/statistics) and the API's `ReportFigures`, so the query's result fits them as it is.
 */
import type { InquiryKind } from '../gql/graphql';

export interface ComparedView<T> {
  readonly current: T;
  /** Null without a comparison period. */
  readonly comparison?: T | null;
}

/** An exact share: `numerator` of `denominator`; a share of nothing counts as 0. */
export interface ShareView {
  readonly numerator: number;
  readonly denominator: number;
}

export interface CountWithShareView {
  readonly count: ComparedView<number>;
  readonly share: ComparedView<ShareView>;
}

export interface KindView extends CountWithShareView {
  readonly kind: InquiryKind;
}

export interface CatalogueRowView extends CountWithShareView {
  readonly id: string;
  readonly name: string;
}

export interface FoldedCountsView {
  readonly rows: readonly CatalogueRowView[];
  readonly other: CountWithShareView & { readonly foldedEntries: ComparedView<number> };
  readonly total: ComparedView<number>;
  readonly base: ComparedView<number>;
}

export interface OrgUnitRowView extends CountWithShareView {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string | null;
  readonly formerNames: readonly string[];
}

export interface ResponseTimeView {
  readonly measured: number;
  readonly median?: number | null;
  readonly p90?: number | null;
  readonly withinTarget: ShareView;
}

export interface PeriodView {
  readonly from: string;
  readonly to: string;
}

export interface ReportFiguresView {
  readonly period: PeriodView;
  readonly comparison?: PeriodView | null;
  readonly targets: { readonly firstContactDays: number; readonly closeDays: number };
  readonly citizens: ComparedView<number>;
  readonly registrations: ComparedView<number>;
  readonly mainCases: ComparedView<number>;
  readonly followUps: ComparedView<number>;
  readonly kinds: readonly KindView[];
  readonly complaintCategories: FoldedCountsView;
  readonly complaintOutcomes: FoldedCountsView;
  readonly orgUnits: {
    readonly units: readonly OrgUnitRowView[];
    readonly topLevel: readonly OrgUnitRowView[];
    readonly withoutUnit: CountWithShareView;
  };
  readonly firstContact: ComparedView<ResponseTimeView>;
  readonly close: ComparedView<ResponseTimeView>;
}
