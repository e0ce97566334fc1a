import { graphql } from '../gql';

export const ArchivePackageFieldsFragment = graphql(`
  fragment ArchivePackageFields on ArchivePackage {
    id
    scope
    periodFrom
    periodTo
    status
    requestedAt
    finishedAt
    sizeBytes
    sha256
    deliveredAt
    deliveredByName
  }
`);

export const ArchivePackagesQuery = graphql(`
  query ArchivePackages {
    archivePackages {
      ...ArchivePackageFields
    }
  }
`);

export const RequestArchivePackageMutation = graphql(`
  mutation RequestArchivePackage($period: PeriodInput!) {
    requestArchivePackage(period: $period) {
      ...ArchivePackageFields
    }
  }
`);

export const MarkArchivePackageDeliveredMutation = graphql(`
  mutation MarkArchivePackageDelivered($id: ID!) {
    markArchivePackageDelivered(id: $id) {
      ...ArchivePackageFields
    }
  }
`);
