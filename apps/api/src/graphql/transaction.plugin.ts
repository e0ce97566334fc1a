import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from './request-context';

/**
 * Each request's transaction: a query reads one snapshot (RequestTransaction.readOneSnapshot); commit when the
 * operation had no error, roll back otherwise.
 */
export function transactionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'query') contextValue.tx.readOneSnapshot();
        },
        async willSendResponse({ contextValue, response }) {
          const body = response.body;
          const failed = body.kind === 'single' ? Boolean(body.singleResult.errors?.length) : true;
          await contextValue.tx.finish(!failed);
        },
      };
    },
  };
}
