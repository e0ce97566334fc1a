import type { CombinedError } from '@urql/core';
import { createContext, use, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as GraphqlProvider } from 'urql';
import { createGraphqlClient } from '../graphql/client';
import { CompleteSecondFactorLoginMutation, LoginMutation, LogoutMutation, RefreshSessionMutation, SwitchTenantMutation } from './auth.operations';
import type { Session, SessionStore } from './session-store';

interface Auth {
  /** Null while signed out. */
  session: Session | null;
  /** A session, or for a user with a second factor the challenge `completeSecondFactorLogin` answers with its code. */
  login(email: string, password: string): Promise<{ error?: CombinedError; secondFactorChallenge?: string }>;
  completeSecondFactorLogin(challenge: string, code: string): Promise<CombinedError | undefined>;
  /** Takes a session issued elsewhere (the confirmation of a second factor's setup). */
  adopt(session: Session): void;
  logout(): Promise<void>;
  switchTenant(tenantId: string): Promise<CombinedError | undefined>;
  /** The access token now, for requests made outside the GraphQL client (file upload and download). */
  currentAccessToken(): string | null;
}

const AuthContext = createContext<Auth | null>(null);

/** The municipality whose login made the session, from the API's `rg_sso` cookie (`oidc:lejre`); null after a password login. */
function ssoSessionProvider(): { kind: string; slug: string } | null {
  const value = document.cookie.split('; ').find((cookie) => cookie.startsWith('rg_sso='))?.slice('rg_sso='.length);
  const match = /^(oidc|saml)(?::|%3A)([a-z0-9-]+)$/.exec(value ?? '');
  return match ? { kind: match[1], slug: match[2] } : null;
}

export function useAuth(): Auth {
  const auth = use(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** The signed-in session, only for components rendered behind the login page. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession must be used while signed in');
  return session;
}

interface AuthProviderProps {
  sessions: SessionStore;
  /** Shown while the refresh cookie is being tried on start. */
  pending: ReactNode;
  children: ReactNode;
}

export function AuthProvider({ sessions, pending, children }: AuthProviderProps) {
  const session = useSyncExternalStore(sessions.subscribe, sessions.getSnapshot);
  const identity = session ? `${session.me.user.id}:${session.me.activeTenant?.id ?? ''}` : 'signed-out';
  // A new client, and so an empty cache, whenever the user or the tenant changes:
  // nothing one tenant loaded can show up after switching to another.
  const client = useMemo(() => createGraphqlClient(sessions), [sessions, identity]);

  const [restoring, setRestoring] = useState(true);
  const restoreStarted = useRef(false);
  useEffect(() => {
    // Once only: the refresh token rotates, and a second call would present a spent one.
    if (restoreStarted.current) return;
    restoreStarted.current = true;
    void client
      .mutation(RefreshSessionMutation, {})
      .toPromise()
      .then((result) => {
        if (result.data) sessions.set(result.data.refresh);
      })
      .finally(() => setRestoring(false));
  }, [client, sessions]);

  const auth = useMemo<Auth>(
    () => ({
      session,
      async login(email, password) {
        const result = await client.mutation(LoginMutation, { input: { email, password } }).toPromise();
        const answer = result.data?.login;
        if (answer?.secondFactorChallenge) return { secondFactorChallenge: answer.secondFactorChallenge };
        if (answer?.accessToken && answer.expiresAt && answer.me) sessions.set({ accessToken: answer.accessToken, expiresAt: answer.expiresAt, me: answer.me });
        return { error: result.error };
      },
      async completeSecondFactorLogin(challenge, code) {
        const result = await client.mutation(CompleteSecondFactorLoginMutation, { input: { challenge, code } }).toPromise();
        if (result.data) sessions.set(result.data.completeSecondFactorLogin);
        return result.error;
      },
      adopt(next) {
        sessions.set(next);
      },
      async logout() {
        await client.mutation(LogoutMutation, {}).toPromise();
        sessions.clear();
        // A session the municipality's own login made: end the provider's session too (RP-initiated logout).
        const provider = ssoSessionProvider();
        if (provider) window.location.assign(`/auth/${provider.kind}/${provider.slug}/logout`);
      },
      async switchTenant(tenantId) {
        const result = await client.mutation(SwitchTenantMutation, { tenantId }).toPromise();
        if (result.data) sessions.set(result.data.switchTenant);
        return result.error;
      },
      currentAccessToken() {
        return sessions.accessToken;
      },
    }),
    [client, session, sessions],
  );

  return (
    <AuthContext value={auth}>
      <GraphqlProvider value={client}>{restoring ? pending : children}</GraphqlProvider>
    </AuthContext>
  );
}
