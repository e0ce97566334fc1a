import { graphql } from '../gql';

/** A pass (a cookie for the board's path) that lets this browser open the queue board; the board's path. */
export const OpenQueueDashboardMutation = graphql(`
  mutation OpenQueueDashboard {
    openQueueDashboard
  }
`);
