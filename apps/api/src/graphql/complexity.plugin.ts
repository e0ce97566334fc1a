import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNullableType, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { ApiError } from '../errors/api-error';

export const MAX_QUERY_COMPLEXITY = 1000;
export const MAX_QUERY_DEPTH = 8;

/** A list costs more than a single object, and lists inside lists multiply. */
const listAwareEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isListType(getNullableType(field.type)) ? 5 + 5 * childComplexity : 1 + childComplexity;

/** Refuses operations whose estimated cost is above the limit, before anything runs. */
export function complexityPlugin(schema: () => GraphQLSchema): ApolloServerPlugin {
  // Apollo reuses the parsed document of a repeated query; its cost does not depend on variables here.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const key = request.operationName ?? '';
          let perOperation = costs.get(document);
          let complexity = perOperation?.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema: schema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), listAwareEstimator],
            });
            if (!perOperation) costs.set(document, (perOperation = new Map()));
            perOperation.set(key, complexity);
          }
          if (complexity > MAX_QUERY_COMPLEXITY) {
            throw new ApiError('BAD_USER_INPUT', `Query is too complex: ${complexity}; the limit is ${MAX_QUERY_COMPLEXITY}`, 'query');
          }
        },
      };
    },
  };
}
