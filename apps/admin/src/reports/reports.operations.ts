import { graphql } from '../gql';

export const ReportComparedShareFields = graphql(`
  fragment ReportComparedShare on ComparedShare {
    current {
      numerator
      denominator
    }
    comparison {
      numerator
      denominator
    }
  }
`);

export const ReportCountWithShareFields = graphql(`
  fragment ReportCountWithShare on CountWithShare {
    count {
      current
      comparison
    }
    share {
      ...ReportComparedShare
    }
  }
`);

export const ReportFoldedCountsFields = graphql(`
  fragment ReportFoldedCounts on FoldedCounts {
    rows {
      id
      name
      count {
        current
        comparison
      }
      share {
        ...ReportComparedShare
      }
    }
    other {
      count {
        current
        comparison
      }
      share {
        ...ReportComparedShare
      }
      foldedEntries {
        current
        comparison
      }
    }
    total {
      current
      comparison
    }
    base {
      current
      comparison
    }
  }
`);

export const ReportOrgUnitRowFields = graphql(`
  fragment ReportOrgUnitRow on OrgUnitFigureRow {
    id
    name
    shortName
    formerNames
    count {
      current
      comparison
    }
    share {
      ...ReportComparedShare
    }
  }
`);

export const ReportResponseTimesFields = graphql(`
  fragment ReportResponseTimes on ResponseTimeFigures {
    measured
    median
    p90
    withinTarget {
      numerator
      denominator
    }
  }
`);

/** Every figure of a report, as the preview computes them and as a generated version stores them. */
export const ReportFiguresAllFields = graphql(`
  fragment ReportFiguresAll on ReportFigures {
    period {
      from
      to
    }
    comparison {
      from
      to
    }
    targets {
      firstContactDays
      closeDays
    }
    citizens {
      current
      comparison
    }
    registrations {
      current
      comparison
    }
    mainCases {
      current
      comparison
    }
    followUps {
      current
      comparison
    }
    kinds {
      kind
      count {
        current
        comparison
      }
      share {
        ...ReportComparedShare
      }
    }
    complaintCategories {
      ...ReportFoldedCounts
    }
    complaintOutcomes {
      ...ReportFoldedCounts
    }
    orgUnits {
      units {
        ...ReportOrgUnitRow
      }
      topLevel {
        ...ReportOrgUnitRow
      }
      withoutUnit {
        ...ReportCountWithShare
      }
    }
    firstContact {
      current {
        ...ReportResponseTimes
      }
      comparison {
        ...ReportResponseTimes
      }
    }
    close {
      current {
        ...ReportResponseTimes
      }
      comparison {
        ...ReportResponseTimes
      }
    }
  }
`);

export const ReportPreviewQuery = graphql(`
  query ReportPreview($period: PeriodInput!, $comparison: PeriodInput) {
    reportPreview(period: $period, comparison: $comparison) {
      ...ReportFiguresAll
    }
  }
`);

export const ReportSummaryFields = graphql(`
  fragment ReportSummary on Report {
    id
    title
    status
    currentVersion
    publishedAt
    period {
      from
      to
    }
    comparison {
      from
      to
    }
    generation {
      version
      status
      progress
      error
    }
  }
`);

export const ReportsListQuery = graphql(`
  query ReportsList {
    reports {
      ...ReportSummary
    }
  }
`);

/** A published report as a council viewer reads it: its summary, the figures of its latest version and its follow-up note. */
export const PublishedReportQuery = graphql(`
  query PublishedReport($id: ID!) {
    report(id: $id) {
      ...ReportSummary
      followUpNote {
        version
        status
      }
      figures {
        ...ReportFiguresAll
      }
    }
  }
`);

export const ReportQuery = graphql(`
  query Report($id: ID!) {
    report(id: $id) {
      ...ReportSummary
    }
  }
`);

export const CreateReportMutation = graphql(`
  mutation CreateReport($input: CreateReportInput!) {
    createReport(input: $input) {
      ...ReportSummary
    }
  }
`);

export const GenerateReportMutation = graphql(`
  mutation GenerateReport($id: ID!) {
    generateReport(id: $id) {
      ...ReportSummary
    }
  }
`);

export const PublishReportMutation = graphql(`
  mutation PublishReport($id: ID!) {
    publishReport(id: $id) {
      ...ReportSummary
    }
  }
`);

export const ReportRecommendationFields = graphql(`
  fragment ReportRecommendation on Recommendation {
    id
    title
    text
    general
    sortOrder
    orgUnits {
      id
      name
    }
  }
`);

export const ReportContentQuery = graphql(`
  query ReportContent($id: ID!) {
    report(id: $id) {
      id
      status
      foreword
      themes
      examples
      recommendations {
        ...ReportRecommendation
        ...RecommendationFollowUp
      }
    }
  }
`);

export const ReportOrgUnitsQuery = graphql(`
  query ReportOrgUnits {
    orgUnits(includeClosed: false) {
      id
      parentId
      name
      shortName
      sortOrder
    }
  }
`);

export const UpdateReportSectionsMutation = graphql(`
  mutation UpdateReportSections($input: UpdateReportSectionsInput!) {
    updateReportSections(input: $input) {
      ...ReportSummary
      foreword
      themes
      examples
    }
  }
`);

export const AddRecommendationMutation = graphql(`
  mutation AddRecommendation($input: AddRecommendationInput!) {
    addRecommendation(input: $input) {
      ...ReportRecommendation
    }
  }
`);

export const UpdateRecommendationMutation = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      ...ReportRecommendation
    }
  }
`);

export const RemoveRecommendationMutation = graphql(`
  mutation RemoveRecommendation($id: ID!) {
    removeRecommendation(id: $id) {
      ...ReportSummary
    }
  }
`);
