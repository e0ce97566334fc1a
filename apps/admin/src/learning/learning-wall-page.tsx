import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { DepartmentComplaintsQuery as DepartmentComplaintsResult } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/dates';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { LearningEntryForm } from './learning-entry-form';
import { DepartmentComplaintsQuery } from './learning.operations';
import { recurKey } from './recurrence';
import { Page } from '../ui/page';

type Complaint = DepartmentComplaintsResult['departmentComplaints'][number];

const LEARNING_CONTEXT = { additionalTypenames: ['LearningEntry'] };

/** The department contact's læringsvæg: complaints in their units, without any citizen data. */
export function LearningWallPage() {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: DepartmentComplaintsQuery, context: LEARNING_CONTEXT });
  const [writing, setWriting] = useState<Complaint | null>(null);
  const [notice, setNotice] = useState('');
  const complaints = data?.departmentComplaints ?? [];
  const day = (iso: string | null | undefined) => (iso ? formatDay(iso, i18n.language) : t('inquiries.none'));

  return (
    <Page title={t('learning.title')} className="learning-wall">
      <p>{t('learning.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      {fetching && !data && <p aria-busy="true">{t('common.loading')}</p>}
      <ErrorAlert error={error} />
      {data && complaints.length === 0 && <p className="muted">{t('learning.empty')}</p>}
      <ul className="complaint-cards">
        {complaints.map((complaint) => {
          const title = t('learning.complaint', { date: day(complaint.receivedOn) });
          return (
            <li key={complaint.id}>
              <article aria-label={title} className="complaint-card">
                <h2>{title}</h2>
                <dl className="details-list">
                  <dt>{t('inquiries.field.kind')}</dt>
                  <dd>{t(`inquiries.kind.${complaint.kind}`)}</dd>
                  <dt>{t('inquiries.field.orgUnit')}</dt>
                  <dd>{complaint.orgUnit?.name ?? t('inquiries.noUnit')}</dd>
                  <dt>{t('inquiries.field.categories')}</dt>
                  <dd>{complaint.categories.map((c) => c.name).join(', ') || t('inquiries.none')}</dd>
                  <dt>{t('inquiries.field.firstContactOn')}</dt>
                  <dd>{day(complaint.firstContactOn)}</dd>
                  <dt>{t('inquiries.field.closedOn')}</dt>
                  <dd>{day(complaint.closedOn)}</dd>
                </dl>
                <h3>{t('learning.entries')}</h3>
                {complaint.learningEntries.length === 0 ? (
                  <p className="muted">{t('learning.noEntries')}</p>
                ) : (
                  <ul className="learning-entries">
                    {complaint.learningEntries.map((entry) => (
                      <li key={entry.id}>
                        <dl className="details-list">
                          <dt>{t('learning.whatWentWrong')}</dt>
                          <dd className="free-text">{entry.whatWentWrong}</dd>
                          <dt>{t('learning.why')}</dt>
                          <dd className="free-text">{entry.why}</dd>
                          <dt>{t('learning.whatWasLearnt')}</dt>
                          <dd className="free-text">{entry.whatWasLearnt}</dd>
                          <dt>{t('learning.canRecur')}</dt>
                          <dd>{t(`learning.recur.${recurKey(entry.canRecur)}`)}</dd>
                          <dt>{t('learning.prevention')}</dt>
                          <dd className="free-text">{entry.prevention}</dd>
                        </dl>
                        <p className="muted">
                          {t('learning.by', { author: entry.authorName ?? '', date: formatInstant(entry.createdAt, i18n.language) })}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
                <button
                  type="button"
                  onClick={() => {
                    setNotice('');
                    setWriting(complaint);
                  }}
                >
                  {t('learning.write')}
                </button>
              </article>
            </li>
          );
        })}
      </ul>
      {writing && (
        <Dialog title={t('learning.dialogTitle', { date: day(writing.receivedOn) })} onClose={() => setWriting(null)}>
          <LearningEntryForm
            inquiryId={writing.id}
            onCancel={() => setWriting(null)}
            onDone={() => {
              setWriting(null);
              setNotice(t('learning.saved'));
            }}
          />
        </Dialog>
      )}
    </Page>
  );
}
