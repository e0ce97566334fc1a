import { useTranslation } from 'react-i18next';
import type { InquiryFilter } from '../gql/graphql';
import { todayIsoDay } from '../i18n/dates';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';

const FORMATS = ['csv', 'xlsx'] as const;

/** Downloads the list under the current filter, in the import's columns. */
export function ExportButtons({ filter }: { filter: InquiryFilter }) {
  const { t } = useTranslation();
  return (
    <AuthenticatedDownloads
      formats={FORMATS}
      pathOf={(format) => `/exports/inquiries.${format}?filter=${encodeURIComponent(JSON.stringify(filter))}`}
      fileNameOf={(format) => `henvendelser-${todayIsoDay()}.${format}`}
      labelOf={(format) => t(format === 'csv' ? 'inquiries.exportCsv' : 'inquiries.exportXlsx')}
      failedMessage={(status) => t('inquiries.exportFailed', { status })}
    />
  );
}
