import { useTranslation } from 'react-i18next';
import type { ApiErrors } from '../graphql/api-errors';

/** Errors that belong to no single field: shown above the form's buttons and announced. */
export function FormErrors({ errors }: { errors: ApiErrors }) {
  const { t } = useTranslation();
  const messages = errors.network ? [t('common.networkError')] : errors.general;
  if (messages.length === 0) return null;
  return (
    <div className="form-error" role="alert">
      {messages.map((message, index) => (
        <p key={index}>{message}</p>
      ))}
    </div>
  );
}
