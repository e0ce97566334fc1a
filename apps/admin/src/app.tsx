import { useTranslation } from 'react-i18next';
import { AuthProvider, useAuth } from './auth/auth-context';
import { LoginPage } from './auth/login-page';
import type { SessionStore } from './auth/session-store';
import { AppShell } from './shell/app-shell';

function SignedInOrLogin() {
  const { session } = useAuth();
  return session ? <AppShell /> : <LoginPage />;
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
