import { Client, cacheExchange, fetchExchange, getOperationName, type CombinedError, type Operation } from '@urql/core';
import { authExchange } from '@urql/exchange-auth';
import { apiLanguage } from '../i18n/api-language';
import { RefreshSessionMutation, SESSION_OPERATION_NAMES } from '../auth/auth.operations';
import type { SessionStore } from '../auth/session-store';
import { isUnauthenticated } from './api-errors';

/** Refresh a little before the access token runs out rather than wait for a rejected request. */
const EXPIRY_MARGIN_MS = 10_000;

function isSessionOperation(operation: Operation): boolean {
  return SESSION_OPERATION_NAMES.has(getOperationName(operation.query) ?? '');
}

/**
 * One client per signed-in user and tenant, so a tenant switch starts from an empty cache.
 * The refresh token is an httpOnly cookie, hence `credentials: 'include'`; the API only
 * accepts JSON POSTs (CSRF prevention), hence no GET queries.
 */
export function createGraphqlClient(sessions: SessionStore): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    // The API answers errors in the user's language (Danish unless English is chosen).
    fetchOptions: () => ({ credentials: 'include', headers: { 'Accept-Language': apiLanguage() } }),
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = sessions.accessToken;
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError(operation) {
          return !isSessionOperation(operation) && sessions.expiresWithin(EXPIRY_MARGIN_MS);
        },
        didAuthError(error: CombinedError, operation) {
          return !isSessionOperation(operation) && isUnauthenticated(error);
        },
        async refreshAuth() {
          const result = await utils.mutate(RefreshSessionMutation, {}, { fetchOptions: { credentials: 'include' } });
          if (result.data) sessions.set(result.data.refresh);
          else sessions.clear(); // back to the login page
        },
      })),
      fetchExchange,
    ],
  });
}
