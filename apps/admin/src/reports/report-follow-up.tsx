import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { z } from 'zod';
import type { FollowUpAttachmentItemFragment, FollowUpNotePreviewQuery as NotePreviewResult, ReportFollowUpNoteFragment } from '../gql/graphql';
import { FollowUpAttachments } from '../follow-up/follow-up-attachments';
import { answerKey, attachmentsByAnswer } from '../follow-up/follow-up-view';
import { ReportFollowUpAttachmentsQuery } from '../follow-up/follow-up.operations';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';
import { DataTable } from '../ui/data-table';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { ErrorAlert } from '../ui/error-alert';
import { FOLLOW_UP_NOTE_FORMATS, followUpNotePath } from './report-lifecycle';
import { FollowUpNotePreviewQuery, GenerateFollowUpNoteMutation, ReportFollowUpQuery, UpdateFollowUpIntroMutation } from './report-follow-up.operations';

const POLL_MS = 1000;

const introSchema = z.object({ intro: z.string() });

/** The municipality's introduction to the note, stored as typed. */
function IntroForm({ reportId, initial }: { reportId: string; initial: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [saving, save] = useMutation(UpdateFollowUpIntroMutation);
  const form = useSchemaForm(introSchema, { intro: initial });

  return (
    <Form
      form={form}
      className="follow-up-intro"
      aria-label={t('followUp.note.introForm')}
      onSubmit={async ({ intro }) => {
        setNote('');
        return settle(await save({ reportId, intro }), () => setNote(t('followUp.note.introSaved')));
      }}
    >
      <Field name="intro" label={t('followUp.note.intro')}>
        {(control) => <textarea {...control} rows={6} />}
      </Field>
      <p className="muted" role="status">
        {note}
      </p>
      <FormFooter submitLabel={t('followUp.note.saveIntro')} submitting={saving.fetching} />
    </Form>
  );
}

type NoteRow = NotePreviewResult['followUpNotePreview']['rows'][number];
const noteColumn = createColumnHelper<NoteRow>();

/** The note's table: a department, then what it answered to each recommendation, with the files it attached. */
function noteColumns(t: TFunction, attachments: ReturnType<typeof attachmentsByAnswer<FollowUpAttachmentItemFragment>>) {
  return [
    noteColumn.accessor('orgUnitName', { header: t('followUp.note.department'), meta: { rowHeader: true } }),
    noteColumn.display({
      id: 'followUp',
      header: t('followUp.note.followUp'),
      cell: ({ row: { original: row } }) =>
        row.entries.length === 0 ? (
          <span className="muted">{t('followUp.noAnswer')}</span>
        ) : (
          row.entries.map((entry, index) => (
            <div key={index} className="note-entry">
              <strong>{entry.recommendationTitle}</strong>
              <p className="free-text" data-testid="note-text">
                {entry.text}
              </p>
              {entry.proposedStatus && <p className="muted">{t('followUp.proposal', { status: t(`followUp.status.${entry.proposedStatus}`) })}</p>}
              {(attachments.get(answerKey(row.orgUnitId, entry.recommendationTitle)) ?? []).map((answer) => (
                <FollowUpAttachments key={answer.followUpId} followUpId={answer.followUpId} attachments={answer.attachments} />
              ))}
            </div>
          ))
        ),
    }),
  ];
}

/**
 * The note as the worker would make it now: the introduction and one row per department; text shown as text. Under each
 * answer the files the department attached, to download (they are not part of the generated note).
 */
function NotePreview({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: FollowUpNotePreviewQuery, variables: { reportId }, requestPolicy: 'network-only' });
  const [{ data: attached }] = useQuery({ query: ReportFollowUpAttachmentsQuery, variables: { id: reportId }, requestPolicy: 'network-only' });
  const attachments = attachmentsByAnswer(attached?.report?.recommendations ?? []);
  const preview = data?.followUpNotePreview;
  if (!preview) {
    return fetching ? <p aria-busy="true">{t('common.loading')}</p> : <ErrorAlert error={error} />;
  }
  return (
    <div className="follow-up-note-preview">
      <p className="free-text">{preview.intro}</p>
      <DataTable
        caption={t('followUp.note.previewCaption', { title: preview.reportTitle })}
        className="report-table"
        columns={noteColumns(t, attachments)}
        data={preview.rows}
        getRowId={(row) => row.orgUnitId}
        rowAttributes={() => ({ 'data-testid': 'note-row' })}
        pageSize={null}
        sortable={false}
      />
    </div>
  );
}

/** The DOCX and PDF of a ready follow-up note version. */
export function NoteDownloads({ reportId, version }: { reportId: string; version: number }) {
  const { t } = useTranslation();
  return (
    <AuthenticatedDownloads
      formats={FOLLOW_UP_NOTE_FORMATS}
      pathOf={(format) => followUpNotePath(reportId, version, format)}
      fileNameOf={(format) => `opfoelgningsnotat-v${version}.${format}`}
      labelOf={(format) => t(`followUp.note.download.${format}`)}
      failedMessage={(status) => t('reports.lifecycle.downloadFailed', { status })}
    />
  );
}

/** Generation of the note by the worker, with progress while it runs and the downloads when it is ready. */
function NoteGeneration({ reportId, note, onChange }: { reportId: string; note: ReportFollowUpNoteFragment['followUpNote']; onChange: () => void }) {
  const { t } = useTranslation();
  const progressId = useId();
  const [generating, generate] = useMutation(GenerateFollowUpNoteMutation);
  const [startError, setStartError] = useState<CombinedError | undefined>();
  const running = note?.status === 'GENERATING';

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(onChange, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, note, onChange]);

  async function start() {
    setStartError(undefined);
    const result = await generate({ reportId });
    setStartError(result.error);
    onChange();
  }

  return (
    <div className="follow-up-note-generation">
      {note && (
        <div className="report-progress">
          <label htmlFor={progressId}>{t('followUp.note.progress', { version: note.version })}</label>
          <progress id={progressId} max={100} value={note.progress} aria-valuetext={t('reports.lifecycle.progressText', { progress: note.progress })} />
          <p className="muted" role="status">
            {running ? t('reports.lifecycle.progressText', { progress: note.progress }) : t(`reports.lifecycle.generationStatus.${note.status}`)}
          </p>
          {note.status === 'FAILED' && (
            <p className="form-error" role="alert">
              {t('reports.lifecycle.failed', { error: note.error ?? '' })}
            </p>
          )}
        </div>
      )}
      <ErrorAlert error={startError} />
      <div className="form-buttons">
        <button type="button" disabled={running || generating.fetching} aria-busy={generating.fetching} onClick={() => void start()}>
          {t('followUp.note.generate')}
        </button>
        {note?.status === 'READY' && <NoteDownloads reportId={reportId} version={note.version} />}
      </div>
    </div>
  );
}

/** Opfølgning: the follow-up note's introduction, its preview, and the generated DOCX and PDF. */
export function ReportFollowUp({ id }: { id: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [showPreview, setShowPreview] = useState(false);
  const [{ data, error }, refetch] = useQuery({ query: ReportFollowUpQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const report = data?.report;
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  return (
    <section className="report-follow-up" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('followUp.note.heading')}</h3>
      <p className="muted">{t('followUp.note.hint')}</p>
      <ErrorAlert error={error} />
      {report && (
        <>
          <IntroForm key={report.id} reportId={report.id} initial={report.followUpIntro} />
          <NoteGeneration reportId={report.id} note={report.followUpNote} onChange={refresh} />
          <div className="form-buttons">
            <button type="button" aria-expanded={showPreview} onClick={() => setShowPreview((shown) => !shown)}>
              {showPreview ? t('followUp.note.hidePreview') : t('followUp.note.showPreview')}
            </button>
          </div>
          {showPreview && <NotePreview reportId={report.id} />}
        </>
      )}
    </section>
  );
}
