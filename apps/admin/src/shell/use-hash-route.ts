import { useCallback, useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentRoute(): string {
  return window.location.hash.replace(/^#\/?/, '');
}

export interface ParsedRoute {
  /** `inquiries/42/edit` → ['inquiries', '42', 'edit']; the first segment names the page. */
  path: string[];
  /** What follows `?`, e.g. a list's filter. */
  query: string;
}

export function parseRoute(route: string): ParsedRoute {
  const [path = '', query = ''] = route.split(/\?(.*)/s, 2);
  return { path: path.split('/').filter((segment) => segment !== '').map(decodeURIComponent), query };
}

/**
 * The page is named in the URL hash (`#/org-units`, `#/inquiries?kind=COMPLAINT`), so links,
 * reloads and the back button work without a router. `replace` changes the hash without a
 * new history entry, for state such as a list's filter.
 */
export function useHashRoute(): [route: string, navigate: (route: string) => void, replace: (route: string) => void] {
  const route = useSyncExternalStore(subscribe, currentRoute);
  const navigate = useCallback((next: string) => {
    window.location.hash = `/${next}`;
  }, []);
  const replace = useCallback((next: string) => {
    if (currentRoute() === next) return;
    window.history.replaceState(window.history.state, '', `#/${next}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  return [route, navigate, replace];
}
