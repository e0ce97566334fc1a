import { graphql } from '../gql';

export const DecidedCaseVolumesQuery = graphql(`
  query DecidedCaseVolumes($year: Int!) {
    decidedCaseVolumes(year: $year) {
      orgUnitId
      year
      decidedCases
      updatedAt
    }
    orgUnits(includeClosed: false) {
      id
      parentId
      name
      shortName
      sortOrder
    }
  }
`);

export const SetDecidedCaseVolumesMutation = graphql(`
  mutation SetDecidedCaseVolumes($input: SetDecidedCaseVolumesInput!) {
    setDecidedCaseVolumes(input: $input) {
      orgUnitId
      year
      decidedCases
      updatedAt
    }
  }
`);
