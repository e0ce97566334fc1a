import { useEffect, useState, useSyncExternalStore } from 'react';
import { useRestRequest } from '../rest/rest-request';

export const TENANT_LOGO_PATH = '/tenant-logo';

// Bumped when this tab sets or removes the logo, so the header loads it again.
let logoRevision = 0;
const listeners = new Set<() => void>();

export function logoChanged(): void {
  logoRevision += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The active municipality's logo as an object URL, or null while there is none: the endpoint wants the access token,
 * which an `<img src>` cannot send.
 */
export function useTenantLogo(tenantId: string | undefined): string | null {
  const request = useRestRequest();
  const revision = useSyncExternalStore(subscribe, () => logoRevision);
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!tenantId) return undefined;
    let current: string | null = null;
    let cancelled = false;
    void request(TENANT_LOGO_PATH)
      .then(async (response) => (response.ok ? response.blob() : null))
      .catch(() => null)
      .then((blob) => {
        if (cancelled) return;
        current = blob ? URL.createObjectURL(blob) : null;
        setUrl(current);
      });
    return () => {
      cancelled = true;
      setUrl(null);
      if (current) URL.revokeObjectURL(current);
    };
  }, [request, tenantId, revision]);

  return tenantId ? url : null;
}
