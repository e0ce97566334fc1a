import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider, useAuth } from './auth/auth-context';
import { LoginPage } from './auth/login-page';
import { InvitationPage } from './invitations/invitation-page';
import type { SessionStore } from './auth/session-store';
import { AppShell } from './shell/app-shell';
import { parseRoute, useHashRoute } from './shell/use-hash-route';

// The public benchmark brings the chart library: loaded when opened, not with the login page.
const PublicBenchmarkPage = lazy(() => import('./benchmark/public-benchmark-page').then((module) => ({ default: module.PublicBenchmarkPage })));

/**
 * `#/invitation/<token>` accepts an invitation, signed in or not. Signed out, `#/benchmark` is the public national
 * benchmark; every other route asks for login.
 */
function SignedInOrLogin() {
  const { session } = useAuth();
  const [route] = useHashRoute();
  const { path, query } = parseRoute(route);
  if (path[0] === 'invitation' && path[1]) return <InvitationPage token={path[1]} />;
  if (session) return <AppShell />;
  if (path[0] === 'benchmark') {
    return (
      <Suspense fallback={<Starting />}>
        <PublicBenchmarkPage query={query} />
      </Suspense>
    );
  }
  return <LoginPage />;
}

function Starting() {
  const { t } = useTranslation();
  return (
    <p className="starting" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}

export function App({ sessions }: { sessions: SessionStore }) {
  return (
    <AuthProvider sessions={sessions} pending={<Starting />}>
      <SignedInOrLogin />
    </AuthProvider>
  );
}
