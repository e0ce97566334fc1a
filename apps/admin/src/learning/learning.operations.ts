import { graphql } from '../gql';

export const LearningEntryFields = graphql(`
  fragment LearningEntryFields on LearningEntry {
    id
    inquiryId
    whatWentWrong
    why
    whatWasLearnt
    canRecur
    prevention
    authorName
    createdAt
  }
`);

/** A page of complaints about the contact's units: kind, unit, categories and dates only, never citizen or summary. */
export const DepartmentComplaintsQuery = graphql(`
  query DepartmentComplaints($first: Int!, $after: String) {
    departmentComplaints(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          receivedOn
          firstContactOn
          closedOn
          orgUnit {
            id
            name
          }
          categories {
            id
            name
          }
          learningEntries {
            ...LearningEntryFields
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const WriteLearningEntryMutation = graphql(`
  mutation WriteLearningEntry($input: LearningEntryInput!) {
    writeLearningEntry(input: $input) {
      ...LearningEntryFields
    }
  }
`);
