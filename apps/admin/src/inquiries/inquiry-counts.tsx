import { useTranslation } from 'react-i18next';
import type { InquiryCountsQuery } from '../gql/graphql';

/** How many inquiries the current filter finds, per kind and status: shown beside the filters. */
export function InquiryCounts({ counts }: { counts: InquiryCountsQuery['inquiryCounts'] | undefined }) {
  const { t } = useTranslation();
  if (!counts) return null;
  return (
    <section className="inquiry-counts" aria-label={t('inquiries.counts')}>
      <dl>
        <div>
          <dt>{t('inquiries.total')}</dt>
          <dd>{counts.total}</dd>
        </div>
        {counts.byKind.map(({ kind, count }) => (
          <div key={kind}>
            <dt>{t(`inquiries.kind.${kind}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
        {counts.byStatus.map(({ status, count }) => (
          <div key={status}>
            <dt>{t(`inquiries.status.${status}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
        <div className={counts.overdue > 0 ? 'overdue' : undefined}>
          <dt>{t('inquiries.overdue')}</dt>
          <dd>{counts.overdue}</dd>
        </div>
      </dl>
    </section>
  );
}
