import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, getNullableType, GraphQLSchema, isListType, Kind, SelectionSetNode } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { InvalidInputError } from '@raadgiver/domain';
import type { Request } from 'express';
import { toGraphqlErrors } from '../common/graphql-errors';
import { requestLanguage } from '../common/request-language';
import { EXPENSIVE_EXTENSION, MAX_EXPENSIVE_FIELD_OCCURRENCES } from './expensive-operation';

export const MAX_QUERY_COMPLEXITY = 1000;
export const MAX_QUERY_DEPTH = 8;
/**
 * Fields of a document with every fragment spread expanded where it is spread. Fragments spreading
 * fragments twice over double at each level without adding depth; the cost estimate walks the expanded
 * document, so a document larger than this is refused before it is estimated.
 */
export const MAX_EXPANDED_FIELDS = 10_000;

/** A list costs more than a single object, and lists inside lists multiply. */
const listAwareEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isListType(getNullableType(field.type)) ? 5 + 5 * childComplexity : 1 + childComplexity;

/** The number of fields once each fragment spread is replaced by its fragment; each fragment measured once. */
export function expandedFieldCount(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const measured = new Map<string, number>();
  // Validation has refused cycles and unknown fragments before this runs; both count as nothing here all the same.
  const sizeOf = (selectionSet: SelectionSetNode | undefined, path: Set<string>): number => {
    let size = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) size += 1 + sizeOf(selection.selectionSet, path);
      else if (selection.kind === Kind.INLINE_FRAGMENT) size += sizeOf(selection.selectionSet, path);
      else size += fragmentSize(selection.name.value, path);
      if (size > MAX_EXPANDED_FIELDS) return size;
    }
    return size;
  };
  const fragmentSize = (name: string, path: Set<string>): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || path.has(name)) return 0;
    const size = sizeOf(fragment.selectionSet, new Set(path).add(name));
    measured.set(name, size);
    return size;
  };
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total = Math.max(total, sizeOf(definition.selectionSet, new Set()));
  }
  return total;
}

/** The error for a document too large to walk with its fragments expanded (the depth limit and the estimate do). */
export function sizeError(document: DocumentNode): InvalidInputError | null {
  if (expandedFieldCount(document) <= MAX_EXPANDED_FIELDS) return null;
  return InvalidInputError.of('query', 'query_too_large', { max: MAX_EXPANDED_FIELDS });
}

interface Estimate {
  complexity: number;
  /** The expensive field occurring most often, with its count (aliases and fragment spreads included). */
  mostRepeated: { field: string; count: number } | null;
}

function estimate(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): Estimate {
  const expensive = new Map<string, number>();
  // Sees every occurrence of a field, as the estimate walks the expanded document; adds nothing to the price.
  const countExpensive: ComplexityEstimator = ({ type, field }) => {
    if (field.extensions?.[EXPENSIVE_EXTENSION]) {
      const name = `${type.name}.${field.name}`;
      expensive.set(name, (expensive.get(name) ?? 0) + 1);
    }
  };
  const complexity = getComplexity({
    schema,
    operationName,
    query: document,
    variables,
    estimators: [countExpensive, fieldExtensionsEstimator(), listAwareEstimator],
  });
  let mostRepeated: Estimate['mostRepeated'] = null;
  for (const [field, count] of expensive) if (!mostRepeated || count > mostRepeated.count) mostRepeated = { field, count };
  return { complexity, mostRepeated };
}

/** Refuses an operation whose cost is above the limit, or that repeats an expensive field, before anything runs. */
export function assertAffordable(schema: GraphQLSchema, document: DocumentNode, operationName?: string, variables?: Record<string, unknown>): Estimate {
  const tooLarge = sizeError(document);
  if (tooLarge) throw tooLarge;
  const result = estimate(schema, document, operationName, variables);
  if (result.complexity > MAX_QUERY_COMPLEXITY) {
    throw InvalidInputError.of('query', 'query_too_complex', { complexity: result.complexity, max: MAX_QUERY_COMPLEXITY });
  }
  if (result.mostRepeated && result.mostRepeated.count > MAX_EXPENSIVE_FIELD_OCCURRENCES) {
    const { field, count } = result.mostRepeated;
    throw InvalidInputError.of('query', 'query_field_repeated', { name: field, count, max: MAX_EXPENSIVE_FIELD_OCCURRENCES });
  }
  return result;
}

/** Refuses operations whose estimated cost is above the limit, before anything runs. */
export function complexityPlugin(schema: () => GraphQLSchema): ApolloServerPlugin {
  // Apollo reuses the parsed document of a repeated query; its cost does not depend on variables here.
  const verdicts = new WeakMap<DocumentNode, Map<string, InvalidInputError | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const key = request.operationName ?? '';
          let perOperation = verdicts.get(document);
          let verdict = perOperation?.get(key);
          if (verdict === undefined) {
            try {
              assertAffordable(schema(), document, request.operationName, request.variables);
              verdict = null;
            } catch (error) {
              if (!(error instanceof InvalidInputError)) throw error;
              verdict = error;
            }
            if (!perOperation) verdicts.set(document, (perOperation = new Map()));
            perOperation.set(key, verdict);
          }
          if (verdict) throw toGraphqlErrors(verdict, requestLanguage((contextValue as { req?: Request }).req))[0];
        },
      };
    },
  };
}
