import { useTranslation } from 'react-i18next';

/** The failed request's id in small print under an error ("Fejl-id: …"), for support to find the API's log line. */
export function ErrorId({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  if (!id) return null;
  return <span className="error-id">{t('common.errorId', { id })}</span>;
}
