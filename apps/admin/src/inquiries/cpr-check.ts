import { looksLikeCpr } from '@raadgiver/domain';
import type { CombinedError } from '@urql/core';

/**
 * Whether to stop and ask before saving: the summary looks like it holds a CPR number and the
 * advisor has not yet said it does not. The API applies the same rule; asking first saves a round trip.
 */
export function mustConfirmCpr(summary: string, confirmed: boolean): boolean {
  return !confirmed && looksLikeCpr(summary);
}

/** The API refused the summary as CPR-like (its rule may catch what the admin's copy missed). */
export function isCprRefusal(error: CombinedError | undefined, summary: string): boolean {
  return Boolean(
    error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.field === 'summary') && looksLikeCpr(summary),
  );
}
