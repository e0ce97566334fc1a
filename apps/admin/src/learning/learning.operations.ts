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

/** Complaints about the contact's units: kind, unit, categories and dates only, never citizen or summary. */
export const DepartmentComplaintsQuery = graphql(`
  query DepartmentComplaints {
    departmentComplaints {
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
`);

export const WriteLearningEntryMutation = graphql(`
  mutation WriteLearningEntry($input: LearningEntryInput!) {
    writeLearningEntry(input: $input) {
      ...LearningEntryFields
    }
  }
`);
