import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { apiErrorsOf } from '../graphql/api-errors';
import { useHashRoute } from '../shell/use-hash-route';
import { FormErrors } from '../ui/form-errors';
import { InquiryForm } from './inquiry-form';
import { InquiryQuery } from './inquiries.operations';
import { leaveNotice } from './notice';

/** Registers a new inquiry (`inquiryId` null) or edits one. */
export function InquiryFormPage({ inquiryId }: { inquiryId: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const [{ data, error, fetching }] = useQuery({
    query: InquiryQuery,
    variables: { id: inquiryId ?? '' },
    pause: inquiryId === null,
    requestPolicy: 'network-only',
  });
  const inquiry = data?.inquiry ?? null;
  const back = inquiryId ? `inquiries/${encodeURIComponent(inquiryId)}` : 'inquiries';

  if (inquiryId && !inquiry) {
    return fetching ? <p aria-busy="true">{t('common.loading')}</p> : <FormErrors errors={apiErrorsOf(error, [])} />;
  }

  return (
    <section aria-labelledby="page-title" className="inquiry-form-page">
      <h1 id="page-title">{inquiry ? t('inquiries.editTitle', { reference: inquiry.reference }) : t('inquiries.newTitle')}</h1>
      <InquiryForm
        inquiry={inquiry}
        onCancel={() => navigate(back)}
        onDone={(saved) => {
          leaveNotice(t(inquiry ? 'inquiries.saved' : 'inquiries.created', { reference: saved.reference }));
          navigate(inquiry ? back : 'inquiries');
        }}
      />
    </section>
  );
}
