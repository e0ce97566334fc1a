import { GraphQLError } from 'graphql';
import { DomainError, isDomainError, Language, presentError } from '@raadgiver/domain';

/**
 * A domain error as GraphQL errors, in the request's language: one per wrong field, each with the code, the field
 * (extensions.field) and the catalogue's message code (extensions.messageCode). `at` is the error graphql-js
 * located (path and source locations); the extensions also carry retryAfterSeconds for too many requests.
 */
export function toGraphqlErrors(error: DomainError, language: Language, at?: GraphQLError): GraphQLError[] {
  return presentError(error, language).map(({ code, messageCode, message, field }) => {
    const extensions: Record<string, unknown> = { code, messageCode };
    if (field) extensions.field = field;
    if (error.kind === 'too_many_requests') extensions.retryAfterSeconds = error.retryAfterSeconds;
    return new GraphQLError(message, { nodes: at?.nodes, source: at?.source, positions: at?.positions, path: at?.path, originalError: error, extensions });
  });
}

/**
 * The errors of an execution with every domain error mapped (and, for invalid input, spread over its fields). Any
 * other error is made a plain GraphQLError (graphql-jit's located errors carry no extensions, which Apollo needs),
 * left for formatError to answer as an internal error.
 */
export function mapGraphqlErrors(errors: readonly GraphQLError[], language: Language): GraphQLError[] {
  return errors.flatMap((error) => {
    if (isDomainError(error.originalError)) return toGraphqlErrors(error.originalError, language, error);
    if (error instanceof GraphQLError && error.extensions) return [error];
    return [new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError ?? error })];
  });
}
