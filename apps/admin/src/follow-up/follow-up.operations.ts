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

export const MyRecommendationsQuery = graphql(`
  query MyRecommendations {
    myRecommendations {
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
