import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { fieldFromCoercionMessage, isCoercionMessage } from '../common/graphql-errors';
import { requestIdOfError } from '../logging/request-logging';

const logger = new Logger('GraphQL');

const PASS_THROUGH_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);


/**
 * The one place errors become responses: known codes pass with their message and field;
 * anything else is logged by id only and answered with a generic message, so no SQL,
 * stack or personal data reaches the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  // graphql-js coercion errors of variables arrive without a code of their own.
  const coercion = (!formatted.extensions?.code || formatted.extensions.code === 'INTERNAL_SERVER_ERROR') && isCoercionMessage(formatted.message);
  const code = coercion ? 'BAD_USER_INPUT' : String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (PASS_THROUGH_CODES.has(code)) {
    const field = (formatted.extensions?.field as string | undefined) ?? (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' ? fieldFromCoercionMessage(formatted.message) : undefined);
    const extensions: Record<string, unknown> = { code: code === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : code };
    if (field) extensions.field = field;
    // Set by the domain errors' mapping (common/graphql-errors.ts).
    for (const key of ['messageCode', 'retryAfterSeconds']) if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
    // A document the client got wrong (syntax, unknown field, fragment cycle) never carries the server's stack, nor does
    // invalid input (graphql-js's stack of a refused variable starts with its message, which repeats the value).
    const documentError = code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED';
    if (!production && !documentError && code !== 'BAD_USER_INPUT' && formatted.extensions?.stacktrace) extensions.stacktrace = formatted.extensions.stacktrace;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  // The error by its type, code and frames only (safeError): its message may echo the input. Its request's id finds the request's line.
  logger.error({ err: original, requestId: requestIdOfError(error) }, `Unexpected error at ${formatted.path?.join('.') ?? '(operation)'}`);
  return { message: 'Internal error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL' } };
}
