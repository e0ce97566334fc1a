import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { OpenQueueDashboardMutation } from './queues.operations';

/**
 * The operator's way to the queue board (Bull Board, served by the API as pages of its own): the API first sets a pass
 * for this browser, then the board opens in a new tab. The tab is opened at the click, before the API answers, so no
 * pop-up blocker stops it; when one does anyway, the page offers a link instead.
 */
export function QueuesPage() {
  const { t } = useTranslation();
  const [result, openDashboard] = useMutation(OpenQueueDashboardMutation);
  const [fallbackPath, setFallbackPath] = useState<string | null>(null);

  async function open() {
    setFallbackPath(null);
    const tab = window.open('', '_blank');
    const { data } = await openDashboard({});
    const path = data?.openQueueDashboard;
    if (!path) {
      tab?.close();
      return;
    }
    if (!tab) {
      setFallbackPath(path);
      return;
    }
    tab.opener = null;
    tab.location.href = path;
  }

  return (
    <Page title={t('queues.title')}>
      <p>{t('queues.intro')}</p>
      <p>{t('queues.opensInNewTab')}</p>
      <ErrorAlert error={result.error} />
      <p>
        <button type="button" className="button-primary" onClick={() => void open()} disabled={result.fetching} aria-busy={result.fetching}>
          {t('queues.open')}
        </button>
      </p>
      {fallbackPath && (
        <p role="status">
          {t('queues.blocked')}
          <a href={fallbackPath} target="_blank" rel="noopener">
            {t('queues.link')}
          </a>
        </p>
      )}
    </Page>
  );
}
