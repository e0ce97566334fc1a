import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError, InvalidInputError, Language, presentError } from '@raadgiver/domain';
import { domainErrorOf } from './domain-error-of';
import { requestLanguage } from './request-language';
import { retryAfterOf } from './rest-error.filter';

/**
 * A domain error as GraphQL errors, in the request's language: one per wrong field, each with the code, the field
 * (extensions.field) and the catalogue's message code (extensions.messageCode). `at` is the error graphql-js
 * located (path and source locations); the extensions also carry retryAfterSeconds for too many requests and a store away.
 */
export function toGraphqlErrors(error: DomainError, language: Language, at?: GraphQLError): GraphQLError[] {
  return presentError(error, language).map(({ code, messageCode, message, field }) => {
    const extensions: Record<string, unknown> = { code, messageCode };
    if (field) extensions.field = field;
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) extensions.retryAfterSeconds = retryAfter;
    return new GraphQLError(message, { nodes: at?.nodes, source: at?.source, positions: at?.positions, path: at?.path, originalError: error, extensions });
  });
}

/**
 * The field the client sent wrong, as a path below the variable: `Variable "$input" got invalid value ... at
 * "input.rows[1].decidedCases"` → "rows[1].decidedCases", `... at "input.kind"` → "kind", `Variable "$year" got ...`
 * → "year".
 */
export function fieldFromCoercionMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) {
    const dot = at[1].indexOf('.');
    return dot < 0 ? at[1] : at[1].slice(dot + 1);
  }
  const argument = /Argument "([^"]+)"|Field "[^"]+\.([^"]+)" of required type|^Variable "\$([^"]+)"/.exec(message);
  return argument?.[1] ?? argument?.[2] ?? argument?.[3];
}

/** graphql-js's refusal of a variable's value (a wrong type, an unknown enum value, a missing required field). */
export function isCoercionMessage(message: string): boolean {
  return /^Variable "\$[^"]+" got invalid value|does not exist in "[^"]+" enum|got invalid value/.test(message);
}

/** A variable graphql-js refused, as invalid input naming the field (its English message never reaches the user). */
function coercionError(error: { message: string }): InvalidInputError | null {
  if (!isCoercionMessage(error.message)) return null;
  const field = fieldFromCoercionMessage(error.message);
  if (!field) return null;
  return InvalidInputError.of(field, coercionProblem(error.message));
}

/** What graphql-js's message says was wrong: a missing value, a fraction for a whole number, or anything else. */
function coercionProblem(message: string): 'required' | 'not_integer' | 'invalid' {
  if (/was not provided|null value/.test(message)) return 'required';
  if (/cannot represent non-integer value: -?\d/.test(message)) return 'not_integer';
  return 'invalid';
}

/**
 * Apollo refuses a variable of the wrong type before execution, with graphql-js's English message: the answer
 * gets the catalogue's message in the request's language instead (formatError has already named the field).
 */
export function coercionMessagesPlugin(): ApolloServerPlugin<{ req?: Request }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const language = requestLanguage(contextValue.req);
          response.body.singleResult.errors = response.body.singleResult.errors.map((formatted) => {
            const coercion = formatted.extensions?.code === 'BAD_USER_INPUT' && !formatted.extensions.messageCode ? coercionError(formatted) : null;
            if (!coercion) return formatted;
            const [mapped] = presentError(coercion, language);
            return { ...formatted, message: mapped.message, extensions: { ...formatted.extensions, messageCode: mapped.messageCode } };
          });
        },
      };
    },
  };
}

/**
 * An answer with a store away (ServiceUnavailableError) is a 503 with Retry-After, as the REST endpoints answer it,
 * so that proxies, probes and clients see the outage rather than a 200 that carries an error.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const unavailable = response.body.singleResult.errors?.find((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(unavailable.extensions?.retryAfterSeconds ?? 5));
        },
      };
    },
  };
}

/**
 * The errors of an execution with every domain error mapped (and, for invalid input, spread over its fields). Any
 * other error is made a plain GraphQLError (graphql-jit's located errors carry no extensions, which Apollo needs),
 * left for formatError to answer as an internal error.
 */
export function mapGraphqlErrors(errors: readonly GraphQLError[], language: Language): GraphQLError[] {
  return errors.flatMap((error) => {
    const domainError = domainErrorOf(error.originalError);
    if (domainError) return toGraphqlErrors(domainError, language, error);
    if (error instanceof GraphQLError && error.extensions) return [error];
    return [new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError ?? error })];
  });
}
