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
