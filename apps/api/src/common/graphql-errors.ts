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

/** The errors of an execution with every domain error mapped (and, for invalid input, spread over its fields). */
export function mapGraphqlErrors(errors: readonly GraphQLError[], language: Language): GraphQLError[] {
  return errors.flatMap((error) => (isDomainError(error.originalError) ? toGraphqlErrors(error.originalError, language, error) : [error]));
}
