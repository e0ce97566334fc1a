import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestIdOf } from '../graphql/api-errors';
import { fileNameOf, refusalOf, saveFile, useRestRequest } from '../rest/rest-request';
import { ErrorId } from './error-id';

export interface AuthenticatedDownloadsProps<F extends string> {
  formats: readonly F[];
  /** The API path of a format's file. */
  pathOf(format: F): string;
  /** The file name when the response does not give one. */
  fileNameOf(format: F): string;
  /** The button's text. */
  labelOf(format: F): string;
  /** The message when the API refuses without saying why in its own words (a proxy's page), given the HTTP status. */
  failedMessage(status: number): string;
}

/**
 * Buttons that fetch a stored file with the Bearer token (a plain link would carry no token) and hand it to the
 * browser as a download; one at a time, with the API's refusal or a network error shown beside them.
 */
export function AuthenticatedDownloads<F extends string>({ formats, pathOf, fileNameOf: fallbackName, labelOf, failedMessage }: AuthenticatedDownloadsProps<F>) {
  const { t } = useTranslation();
  const request = useRestRequest();
  const [busy, setBusy] = useState<F | null>(null);
  const [failure, setFailure] = useState('');
  const [failureId, setFailureId] = useState<string>();

  async function download(format: F) {
    setBusy(format);
    setFailure('');
    setFailureId(undefined);
    try {
      const response = await request(pathOf(format));
      if (!response.ok) {
        // The API's own message, in the user's language ("Beretningsdokumentet findes ikke").
        const refusal = await refusalOf(response, failedMessage(response.status));
        setFailure(refusal.graphQLErrors.map((error) => error.message).join(' '));
        setFailureId(requestIdOf(refusal));
        return;
      }
      saveFile(await response.blob(), fileNameOf(response, fallbackName(format)));
    } catch {
      setFailure(t('common.networkError'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {formats.map((format) => (
        <button key={format} type="button" onClick={() => void download(format)} disabled={busy !== null} aria-busy={busy === format}>
          {labelOf(format)}
        </button>
      ))}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
          <ErrorId id={failureId} />
        </p>
      )}
    </>
  );
}
