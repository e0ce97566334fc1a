import { graphql } from '../gql';

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
