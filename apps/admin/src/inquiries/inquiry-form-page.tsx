import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { apiErrorsOf } from '../graphql/api-errors';
import { useNavigate } from 'react-router';
import { hrefTo, pathTo } from '../shell/app-paths';
import { FormErrors } from '../ui/form-errors';
import { Page } from '../ui/page';
import { InquiryForm } from './inquiry-form';
import { InquiryQuery } from './inquiries.operations';
import { leaveNotice } from './notice';

/** Registers a new inquiry (`inquiryId` null) or edits one. */
export function InquiryFormPage({ inquiryId }: { inquiryId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({
    query: InquiryQuery,
    variables: { id: inquiryId ?? '' },
    pause: inquiryId === null,
    requestPolicy: 'network-only',
  });
  const inquiry = data?.inquiry ?? null;
  const back = inquiryId ? pathTo('/inquiries/:id', { id: inquiryId }) : pathTo('/inquiries');

  if (inquiryId && !inquiry) {
    return (
      <Page title={t('inquiries.title')}>
        {fetching ? <p aria-busy="true">{t('common.loading')}</p> : <FormErrors errors={apiErrorsOf(error, [])} />}
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
        inquiry={inquiry}
        onCancel={() => void navigate(back)}
        onDone={(saved) => {
          leaveNotice(t(inquiry ? 'inquiries.saved' : 'inquiries.created', { reference: saved.reference }));
          void navigate(inquiry ? back : pathTo('/inquiries'));
        }}
      />
    </Page>
  );
}
