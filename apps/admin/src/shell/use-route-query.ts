import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** The query of the URL as it is now, not as the last render saw it: a debounced filter may call late. */
function currentQuery(): string {
  return window.location.hash.split('?')[1] ?? '';
}

/**
 * What follows `?` in the route (a list's filter, a report's period) and a way to change it in place: no new history
 * entry, so the back button leaves the page rather than stepping through every filter. The change renders at once
 * (`flushSync`), not in a transition, so a second change right after it builds on it.
 */
export function useRouteQuery(): [query: string, replaceQuery: (next: string) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const { pathname } = location;
  const replaceQuery = useCallback(
    (next: string) => {
      if (next === currentQuery()) return;
      void navigate({ pathname, search: next ? `?${next}` : '' }, { replace: true, flushSync: true });
    },
    [navigate, pathname],
  );
  return [location.search.replace(/^\?/, ''), replaceQuery];
}
