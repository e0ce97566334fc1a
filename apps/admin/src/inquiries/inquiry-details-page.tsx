import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDay, formatInstant } from '../i18n/dates';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/auth-context';
import { InquiryRetentionSection } from '../retention/inquiry-retention-section';
import { rolesOf } from '../shell/navigation';
import { hrefTo, pathTo } from '../shell/app-paths';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { recurKey } from '../learning/recurrence';
import { DeleteInquiryMutation, InquiryQuery } from './inquiries.operations';
import { leaveNotice, useNotice } from './notice';
import { ResponseTimeNote } from './response-time-note';

const link = (id: string) => hrefTo('/inquiries/:id', { id });

/** Everything about one inquiry. Opening it is an audited read of personal data. */
export function InquiryDetailsPage({ inquiryId }: { inquiryId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notice = useNotice();
  const [{ data, error, fetching }, reload] = useQuery({ query: InquiryQuery, variables: { id: inquiryId }, requestPolicy: 'network-only' });
  const { me } = useSession();
  const isTenantAdmin = rolesOf(me).includes('tenant_admin');
  const [deletion, deleteInquiry] = useMutation(DeleteInquiryMutation);
  const [confirming, setConfirming] = useState(false);
  const inquiry = data?.inquiry;

  if (!inquiry) {
    return (
      <Page title={t('inquiries.title')}>
        {fetching ? <p aria-busy="true">{t('common.loading')}</p> : <ErrorAlert error={error} />}
      </Page>
    );
  }

  const day = (iso: string | null | undefined) => (iso ? formatDay(iso, i18n.language) : t('inquiries.none'));

  async function remove() {
    if (!inquiry) return;
    const deleted = await deleteInquiry({ id: inquiry.id });
    if (deleted.data) {
      leaveNotice(t('inquiries.deleted', { reference: inquiry.reference }));
      void navigate(pathTo('/inquiries'));
    }
  }

  const row = (label: string, value: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );

  return (
    <Page
      title={inquiry.reference}
      className="inquiry-details"
      breadcrumbs={[{ label: t('inquiries.title'), href: hrefTo('/inquiries') }, { label: inquiry.reference }]}
      actions={
        <div className="toolbar">
          <button type="button" onClick={() => void navigate(pathTo('/inquiries/:id/edit', { id: inquiry.id }))}>
            {t('inquiries.edit')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('inquiries.delete')}
          </button>
        </div>
      }
    >
      <p role="status" className="notice">
        {notice}
      </p>
      <dl className="details-list">
        {row(t('inquiries.field.receivedOn'), day(inquiry.receivedOn))}
        {row(t('inquiries.field.channel'), t(`inquiries.channel.${inquiry.channel}`))}
        {row(t('inquiries.field.citizen'), `${inquiry.citizen.displayName} (${inquiry.citizen.reference})`)}
        {inquiry.citizen.email && row(t('citizens.email'), inquiry.citizen.email)}
        {inquiry.citizen.phone && row(t('citizens.phone'), inquiry.citizen.phone)}
        {row(t('inquiries.field.kind'), t(`inquiries.kind.${inquiry.kind}`))}
        {row(t('inquiries.field.status'), t(`inquiries.status.${inquiry.status}`))}
        {row(t('inquiries.field.orgUnit'), inquiry.orgUnit?.name ?? t('inquiries.noUnit'))}
        {row(t('inquiries.field.categories'), inquiry.categories.map((c) => c.name).join(', ') || t('inquiries.none'))}
        {row(t('inquiries.field.outcome'), inquiry.outcome?.name ?? t('inquiries.noOutcome'))}
        {row(
          t('inquiries.field.mainInquiry'),
          inquiry.mainInquiry ? (
            <a href={link(inquiry.mainInquiry.id)}>
              {inquiry.mainInquiry.reference} ({day(inquiry.mainInquiry.receivedOn)})
            </a>
          ) : (
            t('inquiries.mainCase')
          ),
        )}
        {row(t('inquiries.field.firstContactOn'), day(inquiry.firstContactOn))}
        {row(t('inquiries.field.closedOn'), day(inquiry.closedOn))}
        {row(t('inquiries.field.responseTimes'), <ResponseTimeNote inquiry={inquiry} />)}
        {row(t('inquiries.field.createdAt'), formatInstant(inquiry.createdAt, i18n.language))}
        {row(t('inquiries.field.updatedAt'), formatInstant(inquiry.updatedAt, i18n.language))}
      </dl>
      <h2>{t('inquiries.field.summary')}</h2>
      {/* Free text exactly as typed: React renders it as text, and the line breaks are kept by CSS. */}
      <p className="summary" data-testid="inquiry-summary">
        {inquiry.summary}
      </p>
      {inquiry.followUps.length > 0 && (
        <section aria-labelledby="follow-ups-title">
          <h2 id="follow-ups-title">{t('inquiries.field.followUps')}</h2>
          <ul>
            {inquiry.followUps.map((followUp) => (
              <li key={followUp.id}>
                <a href={link(followUp.id)}>{followUp.reference}</a> – {day(followUp.receivedOn)} – {t(`inquiries.status.${followUp.status}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {inquiry.learningEntries.length > 0 && (
        <section aria-labelledby="learning-title">
          <h2 id="learning-title">{t('learning.entries')}</h2>
          <ul className="learning-entries">
            {inquiry.learningEntries.map((entry) => (
              <li key={entry.id}>
                <dl className="details-list">
                  {row(t('learning.whatWentWrong'), <span className="free-text">{entry.whatWentWrong}</span>)}
                  {row(t('learning.why'), <span className="free-text">{entry.why}</span>)}
                  {row(t('learning.whatWasLearnt'), <span className="free-text">{entry.whatWasLearnt}</span>)}
                  {row(t('learning.canRecur'), t(`learning.recur.${recurKey(entry.canRecur)}`))}
                  {row(t('learning.prevention'), <span className="free-text">{entry.prevention}</span>)}
                </dl>
                <p className="muted">
                  {entry.orgUnit?.name ? `${entry.orgUnit.name} – ` : ''}
                  {t('learning.by', { author: entry.authorName ?? '', date: formatInstant(entry.createdAt, i18n.language) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {isTenantAdmin && (
        <InquiryRetentionSection by={{ inquiryId: inquiry.id }} onErased={() => reload({ requestPolicy: 'network-only' })} />
      )}
      {confirming && (
        <Dialog title={t('inquiries.deleteTitle', { reference: inquiry.reference })} onClose={() => setConfirming(false)}>
          <p>{t('inquiries.deleteText')}</p>
          <ErrorAlert error={deletion.error} />
          <div className="form-buttons">
            <button type="button" className="danger" disabled={deletion.fetching} onClick={() => void remove()}>
              {t('inquiries.confirmDelete')}
            </button>
            <button type="button" data-autofocus onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </Page>
  );
}
