import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from './request-context';

/** Ends each request's transaction: commit when the operation had no error, roll back otherwise. */
export function transactionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const body = response.body;
          const failed = body.kind === 'single' ? Boolean(body.singleResult.errors?.length) : true;
          await contextValue.tx.finish(!failed);
        },
      };
    },
  };
}
