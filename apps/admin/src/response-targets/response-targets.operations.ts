import { graphql } from '../gql';

export const ResponseTargetsQuery = graphql(`
  query ResponseTargets {
    responseTargets {
      firstContactDays
      closeDays
    }
  }
`);

export const SetResponseTargetsMutation = graphql(`
  mutation SetResponseTargets($input: ResponseTargetsInput!) {
    setResponseTargets(input: $input) {
      firstContactDays
      closeDays
    }
  }
`);
