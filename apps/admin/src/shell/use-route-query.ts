import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** The query of the URL as it is now, not as the last render saw it: a debounced filter may call late. */
function currentQuery(): string {
  return window.location.hash.split('?')[1] ?? '';
}

/** The next query, or how to make it from the URL's query as it is at the moment of the change. */
export type QueryUpdate = string | ((current: string) => string);

/**
 * What follows `?` in the route (a list's filter, a report's period) and a way to change it in place: no new history
 * entry, so the back button leaves the page rather than stepping through every filter.
 *
 * Two changes close together (a debounced search and a checkbox) must not undo each other: the router renders a
 * navigation later than it writes the URL, so a render's copy of the query may be stale. An updater function is given
 * the URL's query as it is now and changes only its own part.
 */
export function useRouteQuery(): [query: string, replaceQuery: (update: QueryUpdate) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const { pathname } = location;
  const replaceQuery = useCallback(
    (update: QueryUpdate) => {
      const current = currentQuery();
      const next = typeof update === 'function' ? update(current) : update;
      if (next === current) return;
      void navigate({ pathname, search: next ? `?${next}` : '' }, { replace: true, flushSync: true });
    },
    [navigate, pathname],
  );
  return [location.search.replace(/^\?/, ''), replaceQuery];
}
