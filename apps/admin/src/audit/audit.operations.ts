import { graphql } from '../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          occurredAt
          userName
          action
          subjectType
          subjectId
          details
        }
      }
    }
  }
`);

export const CitizenAuditExportQuery = graphql(`
  query CitizenAuditExport($citizenId: ID!) {
    citizenAuditExport(citizenId: $citizenId)
  }
`);
