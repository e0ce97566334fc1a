import type { CombinedError } from '@urql/core';
import { apiErrorsOf } from '../graphql/api-errors';

/** What `setError` of react-hook-form needs; `server` marks a message the API wrote (already translated). */
type SetFieldError<F extends string> = (field: F, error: { type: 'server'; message: string }) => void;

/**
 * Puts each API error that names one of the form's fields (`extensions.field`, e.g. `input.name`) onto that field,
 * and returns the messages that belong to no field (shown in the error summary), with the network failure's.
 */
export function putApiErrorsOnFields<F extends string>(
  error: CombinedError | undefined,
  fields: readonly F[],
  setError: SetFieldError<F>,
  networkMessage: string,
  fieldOf?: (apiField: string) => string,
): string[] {
  const sorted = apiErrorsOf(error, fields, fieldOf);
  for (const field of fields) {
    const message = sorted.fields[field];
    if (message !== undefined) setError(field, { type: 'server', message });
  }
  return sorted.network ? [networkMessage] : sorted.general;
}
