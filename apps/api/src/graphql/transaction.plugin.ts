import { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';
import { RequestContext } from './request-context';

/** One field at the root, not a fragment that may hold several: the operation may answer in a single statement. */
export function hasOneRootField(operation: OperationDefinitionNode): boolean {
  const selections = operation.selectionSet.selections;
  return selections.length === 1 && selections[0].kind === Kind.FIELD;
}

/**
 * Each request's transaction: a query reads one snapshot (RequestTransaction.readOneSnapshot); only an operation of
 * one root field may read in RequestContext.statement's single round trip instead; commit when the operation had no
 * error, roll back otherwise.
 */
export function transactionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'query') contextValue.tx.readOneSnapshot();
          contextValue.allowSingleStatement(operation ? hasOneRootField(operation) : false);
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
