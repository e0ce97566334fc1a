import { graphql } from '../gql';

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      fileName
      status
      totalRows
      processedRows
      insertedRows
      skippedRows
      createdAt
      finishedAt
      errorCount
      errors {
        row
        column
        reason
      }
    }
  }
`);

/** A page of the municipality's imports, newest first. */
export const ImportJobsQuery = graphql(`
  query ImportJobs($first: Int!, $after: String) {
    importJobs(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          fileName
          status
          insertedRows
          errorCount
          uploadedBy
          createdAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
