import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpAttachmentItemFragment } from '../gql/graphql';
import { useRestRequest } from '../rest/rest-request';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';
import { formatByteSize } from './follow-up-view';

/** As the API allows them: at most 5 per answer, of these types. */
const MAX_ATTACHMENTS = 5;
const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain';

export function attachmentPath(followUpId: string, attachmentId?: string): string {
  return `/follow-ups/${encodeURIComponent(followUpId)}/attachments${attachmentId ? `/${encodeURIComponent(attachmentId)}` : ''}`;
}

interface FollowUpAttachmentsProps {
  followUpId: string;
  attachments: readonly FollowUpAttachmentItemFragment[];
  /** The answering unit's contact may add and remove; everyone else only downloads. */
  canChange?: boolean;
  /** After an upload or removal, to fetch the answer again. */
  onChange?: () => void;
}

/**
 * The files attached to a department's answer, each downloaded with the Bearer token; for the answering contact also
 * a file input (the file is sent as soon as it is chosen) and a remove button per file. The API's refusal is shown as it says it.
 */
export function FollowUpAttachments({ followUpId, attachments, canChange = false, onChange }: FollowUpAttachmentsProps) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const request = useRestRequest();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [notice, setNotice] = useState('');

  async function send(path: string, init: RequestInit, done: string) {
    setBusy(true);
    setFailure('');
    setNotice('');
    try {
      const response = await request(path, init);
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as { message?: string } | null;
        setFailure(problem?.message ?? t('followUp.attachments.failed', { status: response.status }));
        return;
      }
      setNotice(done);
      onChange?.();
    } catch {
      setFailure(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const body = new FormData();
    body.set('file', file);
    await send(attachmentPath(followUpId), { method: 'POST', body }, t('followUp.attachments.added', { name: file.name }));
    if (input.current) input.current.value = '';
  }

  if (!canChange && attachments.length === 0) return null;
  return (
    <div className="follow-up-attachments">
      <h5>{t('followUp.attachments.heading')}</h5>
      {attachments.length === 0 ? (
        <p className="muted">{t('followUp.attachments.none')}</p>
      ) : (
        <ul aria-label={t('followUp.attachments.ofAnswer')} className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id} data-testid="attachment">
              <AuthenticatedDownloads
                formats={[attachment.id]}
                pathOf={(id) => attachmentPath(followUpId, id)}
                fileNameOf={() => attachment.fileName}
                labelOf={() => t('followUp.attachments.download', { name: attachment.fileName, size: formatByteSize(attachment.byteSize, i18n.language) })}
                failedMessage={(status) => t('followUp.attachments.failed', { status })}
              />
              {canChange && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void send(attachmentPath(followUpId, attachment.id), { method: 'DELETE' }, t('followUp.attachments.removed', { name: attachment.fileName }))}
                >
                  {t('followUp.attachments.remove', { name: attachment.fileName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange &&
        (attachments.length < MAX_ATTACHMENTS ? (
          <div className="field">
            <label htmlFor={inputId}>{t('followUp.attachments.add')}</label>
            <input ref={input} id={inputId} name="file" type="file" accept={ACCEPT} disabled={busy} aria-busy={busy} onChange={(event) => void upload(event)} />
            <p className="muted">{busy ? t('followUp.attachments.uploading') : t('followUp.attachments.hint')}</p>
          </div>
        ) : (
          <p className="muted">{t('followUp.attachments.full')}</p>
        ))}
      <p role="status" className="notice">
        {notice}
      </p>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
