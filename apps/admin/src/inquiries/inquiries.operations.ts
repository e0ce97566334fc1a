import { graphql } from '../gql';

export const InquiryListFields = graphql(`
  fragment InquiryListFields on Inquiry {
    id
    reference
    receivedOn
    channel
    kind
    status
    firstContactOn
    closedOn
    citizen {
      id
      displayName
    }
    orgUnit {
      id
      name
    }
    categories {
      id
      name
    }
    outcome {
      id
      name
    }
    responseTimes {
      daysToFirstContact
      daysToClose
      firstContactOverdue
      closeOverdue
    }
  }
`);

export const InquiriesQuery = graphql(`
  query Inquiries($filter: InquiryFilter, $sort: InquirySort, $first: Int, $after: String) {
    inquiries(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...InquiryListFields
        }
      }
    }
  }
`);

export const InquiryCountsQuery = graphql(`
  query InquiryCounts($filter: InquiryFilter) {
    inquiryCounts(filter: $filter) {
      total
      overdue
      byKind {
        kind
        count
      }
      byStatus {
        status
        count
      }
    }
  }
`);

/** What the list's filters and the registration form choose from. */
export const InquiryChoicesQuery = graphql(`
  query InquiryChoices {
    orgUnits(includeClosed: true) {
      id
      parentId
      name
      shortName
      closed
      sortOrder
    }
    categories {
      id
      name
      active
      sortOrder
    }
    outcomes {
      id
      name
      active
      sortOrder
    }
  }
`);

export const InquiryDetailsFields = graphql(`
  fragment InquiryDetailsFields on Inquiry {
    ...InquiryListFields
    summary
    createdAt
    updatedAt
    citizen {
      id
      reference
      displayName
      email
      phone
    }
    mainInquiry {
      id
      reference
      receivedOn
    }
    followUps {
      id
      reference
      receivedOn
      status
    }
    learningEntries {
      id
      whatWentWrong
      why
      whatWasLearnt
      canRecur
      prevention
      authorName
      createdAt
      orgUnit {
        id
        name
      }
    }
  }
`);

export const InquiryQuery = graphql(`
  query Inquiry($id: ID!) {
    inquiry(id: $id) {
      ...InquiryDetailsFields
    }
  }
`);

export const CitizensQuery = graphql(`
  query Citizens($search: String, $first: Int) {
    citizens(search: $search, first: $first) {
      id
      reference
      displayName
      inquiryCount
    }
  }
`);

/** Main cases whose reference holds the text; the form keeps those of the chosen citizen. */
export const MainCaseCandidatesQuery = graphql(`
  query MainCaseCandidates($citizenId: ID!, $search: String) {
    inquiries(filter: { citizenId: $citizenId, mainCasesOnly: true, search: $search }, sort: RECEIVED_DESC, first: 50) {
      edges {
        node {
          id
          reference
          receivedOn
          kind
        }
      }
    }
  }
`);

export const CreateCitizenMutation = graphql(`
  mutation CreateCitizen($input: CreateCitizenInput!) {
    createCitizen(input: $input) {
      id
      reference
      displayName
      inquiryCount
    }
  }
`);

export const CreateInquiryMutation = graphql(`
  mutation CreateInquiry($input: CreateInquiryInput!) {
    createInquiry(input: $input) {
      ...InquiryDetailsFields
    }
  }
`);

export const UpdateInquiryMutation = graphql(`
  mutation UpdateInquiry($input: UpdateInquiryInput!) {
    updateInquiry(input: $input) {
      ...InquiryDetailsFields
    }
  }
`);

export const DeleteInquiryMutation = graphql(`
  mutation DeleteInquiry($id: ID!) {
    deleteInquiry(id: $id)
  }
`);
