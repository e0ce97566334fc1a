import { graphql } from '../gql';

/**
 * What a benchmark page draws, but the trends: per figure the national statistics, peer-group medians and the
 * named rows. The trends come in a query of their own (BenchmarkTrendFields): lists of trend points in lists of
 * values in the list of figures cost more than the API's query complexity limit allows in one operation.
 */
export const BenchmarkFieldsFragment = graphql(`
  fragment BenchmarkFields on Benchmark {
    year
    years
    updatedAt
    tenants {
      id
      name
      peerGroup
      own
      comment
    }
    figures {
      metric
      code
      nameDa
      nameEn
      national {
        lowerQuartile
        median
        upperQuartile
        tenantCount
      }
      peerGroups {
        peerGroup
        statistic {
          median
        }
      }
      values {
        tenantId
        own
        value
        count
        suppressed
        rank
        rolling {
          fromYear
          toYear
          value
          count
          suppressed
        }
        comparability
      }
      nationalTrend {
        year
        median
      }
    }
  }
`);

/** Every named municipality's value of each figure over the years, and the funnels: what an opened figure draws beyond the overview. */
export const BenchmarkTrendFieldsFragment = graphql(`
  fragment BenchmarkTrendFields on Benchmark {
    year
    figures {
      metric
      code
      values {
        tenantId
        trend {
          year
          value
          suppressed
        }
      }
      funnels {
        kind
        target
        tenantCount
        overdispersionAdjusted
        points {
          tenantId
          value
          count
          exposure
          position
        }
        curve {
          exposure
          lower998
          lower95
          upper95
          upper998
        }
      }
    }
  }
`);

export const BenchmarkDashboardQuery = graphql(`
  query BenchmarkDashboard($year: Int) {
    benchmarkDashboard(year: $year) {
      optIn
      unmapped {
        kind
        id
        name
        nationalCode
      }
      benchmark {
        ...BenchmarkFields
      }
    }
  }
`);

export const BenchmarkDashboardTrendsQuery = graphql(`
  query BenchmarkDashboardTrends($year: Int) {
    benchmarkDashboard(year: $year) {
      benchmark {
        ...BenchmarkTrendFields
      }
    }
  }
`);

export const NationalTaxonomyVersionFields = graphql(`
  fragment NationalTaxonomyVersionFields on NationalTaxonomyVersion {
    version
    entries {
      kind
      code
      nameDa
      nameEn
      sortOrder
    }
  }
`);

export const NationalTaxonomyQuery = graphql(`
  query NationalTaxonomy {
    nationalTaxonomy {
      ...NationalTaxonomyVersionFields
    }
  }
`);

export const BenchmarkOrgUnitsQuery = graphql(`
  query BenchmarkOrgUnits {
    orgUnits(includeClosed: false) {
      id
      name
      parentId
      sortOrder
      nationalArea
    }
  }
`);

export const SetBenchmarkOptInMutation = graphql(`
  mutation SetBenchmarkOptIn($optIn: Boolean!) {
    setBenchmarkOptIn(optIn: $optIn)
  }
`);

export const SetBenchmarkCommentMutation = graphql(`
  mutation SetBenchmarkComment($year: Int!, $text: String) {
    setBenchmarkComment(year: $year, text: $text)
  }
`);

export const SetOrgUnitNationalAreaMutation = graphql(`
  mutation SetOrgUnitNationalArea($orgUnitId: ID!, $area: String) {
    setOrgUnitNationalArea(orgUnitId: $orgUnitId, area: $area)
  }
`);

export const MapCategoryMutation = graphql(`
  mutation MapCategoryToNational($id: ID!, $nationalCode: String!) {
    updateCategory(input: { id: $id, nationalCode: $nationalCode }) {
      id
      nationalCode
    }
  }
`);

export const MapOutcomeMutation = graphql(`
  mutation MapOutcomeToNational($id: ID!, $nationalCode: String!) {
    updateOutcome(input: { id: $id, nationalCode: $nationalCode }) {
      id
      nationalCode
    }
  }
`);
