import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { hrefTo, pathTo } from '../shell/app-paths';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { InquiryForm } from './inquiry-form';
import { InquiryChoicesQuery, InquiryQuery } from './inquiries.operations';
import { leaveNotice } from './notice';

/** Registers a new inquiry (`inquiryId` null) or edits one. */
export function InquiryFormPage({ inquiryId }: { inquiryId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [inquiryResult] = useQuery({
    query: InquiryQuery,
    variables: { id: inquiryId ?? '' },
    pause: inquiryId === null,
    requestPolicy: 'network-only',
  });
  const [choicesResult] = useQuery({ query: InquiryChoicesQuery });
  const inquiry = inquiryResult.data?.inquiry ?? null;
  const choices = choicesResult.data;
  const back = inquiryId ? pathTo('/inquiries/:id', { id: inquiryId }) : pathTo('/inquiries');

  // The form mounts once everything it starts from is here, and is never reset by a later answer of these queries.
  if ((inquiryId && !inquiry) || !choices) {
    const error = inquiryResult.error ?? choicesResult.error;
    return (
      <Page title={t('inquiries.title')}>
        {error && !(inquiryResult.fetching || choicesResult.fetching) ? <ErrorAlert error={error} /> : <p aria-busy="true">{t('common.loading')}</p>}
      </Page>
    );
  }

  return (
    <Page
      title={inquiry ? t('inquiries.editTitle', { reference: inquiry.reference }) : t('inquiries.newTitle')}
      className="inquiry-form-page"
      breadcrumbs={[{ label: t('inquiries.title'), href: hrefTo('/inquiries') }, ...(inquiry ? [{ label: inquiry.reference, href: hrefTo('/inquiries/:id', { id: inquiry.id }) }] : [])]}
    >
      <InquiryForm
        key={inquiry?.id ?? 'new'}
        inquiry={inquiry}
        choices={choices}
        onCancel={() => void navigate(back)}
        onDone={(saved) => {
          leaveNotice(t(inquiry ? 'inquiries.saved' : 'inquiries.created', { reference: saved.reference }));
          void navigate(inquiry ? back : pathTo('/inquiries'));
        }}
      />
    </Page>
  );
}
