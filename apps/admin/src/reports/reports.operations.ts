import { graphql } from '../gql';

export const ReportCountWithShareFields = graphql(`
  fragment ReportCountWithShare on CountWithShare {
    count {
      current
      comparison
    }
    share {
      current {
        numerator
        denominator
      }
      comparison {
        numerator
        denominator
      }
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
        current {
          numerator
          denominator
        }
        comparison {
          numerator
          denominator
        }
      }
    }
    other {
      count {
        current
        comparison
      }
      share {
        current {
          numerator
          denominator
        }
        comparison {
          numerator
          denominator
        }
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
      current {
        numerator
        denominator
      }
      comparison {
        numerator
        denominator
      }
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

export const ReportPreviewQuery = graphql(`
  query ReportPreview($period: PeriodInput!, $comparison: PeriodInput) {
    reportPreview(period: $period, comparison: $comparison) {
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
          current {
            numerator
            denominator
          }
          comparison {
            numerator
            denominator
          }
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
  }
`);
