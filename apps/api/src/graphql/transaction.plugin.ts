import { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';
import { domainErrorOf } from '../common/domain-error-of';
import { toGraphqlErrors } from '../common/graphql-errors';
import { requestLanguage } from '../common/request-language';
import { RequestContext } from './request-context';

/** One field at the root, not a fragment that may hold several: the operation may answer in a single statement. */
export function hasOneRootField(operation: OperationDefinitionNode): boolean {
  const selections = operation.selectionSet.selections;
  return selections.length === 1 && selections[0].kind === Kind.FIELD;
}

/**
 * Each request's transaction: a query reads one snapshot (RequestTransaction.readOneSnapshot); only an operation of
 * one root field may read in RequestContext.statement's single round trip instead; commit when the operation had no
 * error, roll back otherwise. A commit that fails because PostgreSQL went away is answered 503, without the data.
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
          try {
            await contextValue.tx.finish(!failed);
          } catch (error) {
            const unavailable = domainErrorOf(error);
            // Any other failure to end the transaction stays an internal error.
            if (unavailable?.kind !== 'service_unavailable' || body.kind !== 'single') throw error;
            // Not committed, or not known to be: the answer must not tell of what was written, but that the database is away.
            body.singleResult = { errors: toGraphqlErrors(unavailable, requestLanguage(contextValue.req)).map((e) => e.toJSON()) };
            response.http.status = 503;
            response.http.headers.set('retry-after', String(unavailable.retryAfterSeconds));
          }
        },
      };
    },
  };
}
