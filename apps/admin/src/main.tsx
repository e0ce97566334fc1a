import './i18n/i18n';
import './styles.css';
import './ui/dkfds.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { SessionStore } from './auth/session-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App sessions={new SessionStore()} />
  </StrictMode>,
);
