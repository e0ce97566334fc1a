import type { CombinedError } from '@urql/core';
import { useState } from 'react';

/**
 * What a table's row buttons (deactivate, resend, move up) share: a notice in the page's status line when the action
 * worked, else the API's error above the table.
 */
export function useRowActions() {
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<CombinedError | undefined>();

  async function act(run: () => Promise<{ error?: CombinedError }>, message: string): Promise<boolean> {
    setNotice('');
    setError(undefined);
    const result = await run();
    if (result.error) setError(result.error);
    else setNotice(message);
    return !result.error;
  }

  return { notice, setNotice, error, act };
}
