import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * What follows `?` in the route (a list's filter, a report's period) and a way to change it in place: no new history
 * entry, so the back button leaves the page rather than stepping through every filter.
 */
export function useRouteQuery(): [query: string, replaceQuery: (next: string) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const query = location.search.replace(/^\?/, '');
  const replaceQuery = useCallback(
    (next: string) => {
      if (next === query) return;
      void navigate({ pathname: location.pathname, search: next ? `?${next}` : '' }, { replace: true });
    },
    [navigate, location.pathname, query],
  );
  return [query, replaceQuery];
}
