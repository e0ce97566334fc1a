import { graphql } from '../gql';

/** The cheapest authenticated call: it lets the GraphQL client renew an expired access token. */
export const SessionCheckQuery = graphql(`
  query SessionCheck {
    me {
      isOperator
    }
  }
`);
