import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { AuthProvider } from './auth/auth-context';
import type { SessionStore } from './auth/session-store';
import { Loading, createAppRouter } from './shell/router';

export function App({ sessions }: { sessions: SessionStore }) {
  const [router] = useState(createAppRouter);
  return (
    <AuthProvider sessions={sessions} pending={<Loading />}>
      <RouterProvider router={router} />
    </AuthProvider>
  );
}
