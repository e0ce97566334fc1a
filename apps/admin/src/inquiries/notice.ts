import { useEffect, useState } from 'react';

/**
 * A message for the next page shown, e.g. "registered" after the form has gone back to the list.
 * Kept in memory only: it is shown once and never put in the URL.
 */
let pending = '';

export function leaveNotice(message: string): void {
  pending = message;
}

export function useNotice(): string {
  const [notice] = useState(() => pending);
  useEffect(() => {
    pending = '';
  }, []);
  return notice;
}
