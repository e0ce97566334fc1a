import type { CombinedError } from '@urql/core';

/** An API error sorted for a form: messages next to their fields, the rest above the buttons. */
export interface ApiErrors {
  /** Messages keyed by the input field the API named in `extensions.field`. */
  fields: Record<string, string>;
  /** Messages that belong to no field of the form. */
  general: string[];
  /** True when the server could not be reached or answered with something other than GraphQL. */
  network: boolean;
}

export const NO_API_ERRORS: ApiErrors = { fields: {}, general: [], network: false };

export function errorCodeOf(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** The id of the request that failed (the API's `extensions.requestId`), for support to find its log line. */
export function requestIdOf(error: CombinedError | undefined): string | undefined {
  const id = error?.graphQLErrors.find((e) => typeof e.extensions?.requestId === 'string')?.extensions.requestId;
  return typeof id === 'string' ? id : undefined;
}

/** `input.sourceIds[1]` and `sourceIds` name the same form field. */
export function formFieldOf(apiField: string): string {
  const last = apiField.split('.').pop() ?? apiField;
  return last.replace(/\[\d+\]$/, '');
}

/**
 * `fieldOf` names the form field of an API field, `formFieldOf` unless a form says otherwise (one whose fields are
 * the rows of a list the API names by index).
 */
export function apiErrorsOf(error: CombinedError | undefined, formFields: readonly string[], fieldOf: (apiField: string) => string = formFieldOf): ApiErrors {
  if (!error) return NO_API_ERRORS;
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const graphQLError of error.graphQLErrors) {
    const field = graphQLError.extensions?.field;
    const formField = typeof field === 'string' ? fieldOf(field) : undefined;
    if (formField && formFields.includes(formField) && !(formField in fields)) {
      fields[formField] = graphQLError.message;
    } else {
      general.push(graphQLError.message);
    }
  }
  return { fields, general, network: error.graphQLErrors.length === 0 && Boolean(error.networkError) };
}
