import { useCallback } from 'react';
import { CombinedError, useClient } from 'urql';
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

/** One error of the API's REST answer (`RestErrorFilter`): shaped as a GraphQL error's message and extensions. */
interface RestError {
  code?: string;
  message?: string;
  field?: string;
}

/**
 * A REST endpoint's refusal as the GraphQL client's error, so a `Form` puts it where it puts GraphQL's: each error
 * that names a field at that field, the rest in the summary. A body that is not the API's (a proxy's page) gives
 * `fallback`.
 */
export function restErrorOf(body: unknown, fallback: string, headerRequestId?: string | null): CombinedError {
  const answer = typeof body === 'object' && body !== null ? (body as RestError & { errors?: RestError[]; requestId?: unknown }) : {};
  // The request's id (the body's, else the X-Request-Id header's), as GraphQL errors carry it in their extensions.
  const id = typeof answer.requestId === 'string' ? answer.requestId : headerRequestId;
  const requestId = id ? { requestId: id } : {};
  const errors = (Array.isArray(answer.errors) && answer.errors.length > 0 ? answer.errors : [answer]).filter((error) => typeof error.message === 'string');
  if (errors.length === 0) return new CombinedError({ graphQLErrors: [{ message: fallback, extensions: requestId }] });
  return new CombinedError({
    graphQLErrors: errors.map(({ message = '', code, field }) => ({ message, extensions: { ...(code ? { code } : {}), ...(field ? { field } : {}), ...requestId } })),
  });
}

/** The answer of a refused REST request as `restErrorOf` reads it. */
export async function refusalOf(response: Response, fallback: string): Promise<CombinedError> {
  return restErrorOf(await response.json().catch(() => null), fallback, response.headers.get('X-Request-Id'));
}
