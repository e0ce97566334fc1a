import { graphql } from '../gql';

/** Everything a benchmark page draws: per figure the national statistics, peer groups, the named rows and trends. */
export const BenchmarkFieldsFragment = graphql(`
  fragment BenchmarkFields on Benchmark {
    year
    years
    taxonomyVersion
    tenants {
      id
      name
      slug
      kommunekode
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
          tenantCount
        }
      }
      values {
        tenantId
        own
        value
        count
        suppressed
        rank
        trend {
          year
          value
          suppressed
        }
      }
      nationalTrend {
        year
        median
        tenantCount
      }
    }
  }
`);

export const PublicBenchmarkQuery = graphql(`
  query PublicBenchmark($year: Int) {
    publicBenchmark(year: $year) {
      ...BenchmarkFields
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

export const NationalTaxonomyQuery = graphql(`
  query NationalTaxonomy {
    nationalTaxonomy {
      version
      entries {
        kind
        code
        nameDa
        nameEn
        sortOrder
      }
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
