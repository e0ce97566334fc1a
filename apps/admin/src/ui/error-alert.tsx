import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { apiErrorsOf, requestIdOf } from '../graphql/api-errors';
import { ErrorId } from './error-id';

/**
 * An API error that belongs to no form field, e.g. a page's data that could not be loaded or an action that was
 * refused: Det Fælles Designsystem's error alert, announced. Nothing when there is no error.
 */
export function ErrorAlert({ error }: { error: CombinedError | undefined }) {
  const { t } = useTranslation();
  const errors = apiErrorsOf(error, []);
  const messages = errors.network ? [t('common.networkError')] : errors.general;
  if (messages.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        {messages.map((message, index) => (
          <p key={index} className="alert-text">
            {message}
          </p>
        ))}
        <ErrorId id={requestIdOf(error)} />
      </div>
    </div>
  );
}
