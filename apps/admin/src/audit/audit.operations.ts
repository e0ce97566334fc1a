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
          userRoles
          action
          subjectType
          subjectId
          subjectLabel
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

/** Who can be chosen in the log's filter: the tenant's users. */
export const AuditUsersQuery = graphql(`
  query AuditUsers {
    tenantUsers {
      id
      displayName
    }
  }
`);
