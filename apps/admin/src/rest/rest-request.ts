import { useCallback } from 'react';
import { useClient } from 'urql';
import { useAuth } from '../auth/auth-context';
import { apiLanguage } from '../i18n/api-language';
import { SessionCheckQuery } from './rest.operations';

/**
 * fetch() for the API's REST endpoints (imports, exports), with the signed-in user's access
 * token and language. The token is short-lived: on 401 the GraphQL client, which knows how to refresh it,
 * makes one call, and the request is sent once more with the renewed token.
 */
export function useRestRequest(): (path: string, init?: RequestInit) => Promise<Response> {
  const { currentAccessToken } = useAuth();
  const client = useClient();
  return useCallback(
    async (path, init = {}) => {
      const send = () => {
        const headers = new Headers(init.headers);
        headers.set('Authorization', `Bearer ${currentAccessToken() ?? ''}`);
        headers.set('Accept-Language', apiLanguage());
        return fetch(path, { ...init, headers, credentials: 'same-origin' });
      };
      const response = await send();
      if (response.status !== 401) return response;
      const check = await client.query(SessionCheckQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      return check.data ? send() : response;
    },
    [client, currentAccessToken],
  );
}

/** The file name the server suggested in Content-Disposition, else `fallback`. */
export function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** Hands a downloaded file to the browser as if the user had followed a download link. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
