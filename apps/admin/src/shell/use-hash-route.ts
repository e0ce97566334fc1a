import { useCallback, useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentRoute(): string {
  return window.location.hash.replace(/^#\/?/, '');
}

/** The page is named in the URL hash (`#/org-units`), so links, reloads and the back button work without a router. */
export function useHashRoute(): [route: string, navigate: (route: string) => void] {
  const route = useSyncExternalStore(subscribe, currentRoute);
  const navigate = useCallback((next: string) => {
    window.location.hash = `/${next}`;
  }, []);
  return [route, navigate];
}
