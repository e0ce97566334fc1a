import { graphql } from '../gql';

export const FollowUpAttachmentFields = graphql(`
  fragment FollowUpAttachmentItem on FollowUpAttachment {
    id
    fileName
    contentType
    byteSize
    createdAt
  }
`);

export const FollowUpAnswerFields = graphql(`
  fragment FollowUpAnswer on RecommendationFollowUp {
    id
    text
    proposedStatus
    updatedAt
    writtenBy
    orgUnit {
      id
      name
    }
    attachments {
      ...FollowUpAttachmentItem
    }
  }
`);

/** A page of the contact's recommendations, newest report first (the page loads more with "Vis flere"). */
export const MyRecommendationsQuery = graphql(`
  query MyRecommendations($first: Int!, $after: String) {
    myRecommendations(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          text
          dueOn
          status
          sortOrder
          orgUnits {
            id
            name
          }
          answerableOrgUnitIds
          report {
            id
            title
            publishedAt
            period {
              from
              to
            }
          }
          followUps {
            ...FollowUpAnswer
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

export const WriteFollowUpMutation = graphql(`
  mutation WriteFollowUp($input: WriteFollowUpInput!) {
    writeFollowUp(input: $input) {
      ...FollowUpAnswer
    }
  }
`);

/** The departments' answers to a report's recommendations with their attachments, for the advisor's follow-up view. */
export const ReportFollowUpAttachmentsQuery = graphql(`
  query ReportFollowUpAttachments($id: ID!) {
    report(id: $id) {
      id
      recommendations {
        id
        title
        followUps {
          id
          orgUnit {
            id
          }
          attachments {
            ...FollowUpAttachmentItem
          }
        }
      }
    }
  }
`);
