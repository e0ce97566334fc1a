import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryFilter } from '../gql/graphql';
import { todayIsoDay } from '../i18n/dates';
import { fileNameOf, saveFile, useRestRequest } from '../rest/rest-request';

type Format = 'csv' | 'xlsx';

/** Downloads the list under the current filter, in the import's columns. */
export function ExportButtons({ filter }: { filter: InquiryFilter }) {
  const { t } = useTranslation();
  const request = useRestRequest();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failure, setFailure] = useState('');

  async function download(format: Format) {
    setBusy(format);
    setFailure('');
    try {
      const response = await request(`/exports/inquiries.${format}?filter=${encodeURIComponent(JSON.stringify(filter))}`);
      if (!response.ok) {
        setFailure(t('inquiries.exportFailed', { status: response.status }));
        return;
      }
      saveFile(await response.blob(), fileNameOf(response, `henvendelser-${todayIsoDay()}.${format}`));
    } catch {
      setFailure(t('common.networkError'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <button type="button" onClick={() => void download('csv')} disabled={busy !== null} aria-busy={busy === 'csv'}>
        {t('inquiries.exportCsv')}
      </button>
      <button type="button" onClick={() => void download('xlsx')} disabled={busy !== null} aria-busy={busy === 'xlsx'}>
        {t('inquiries.exportXlsx')}
      </button>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
