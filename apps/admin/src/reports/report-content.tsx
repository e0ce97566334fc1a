import { TEXT_LIMITS } from '@raadgiver/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import type { z } from 'zod';
import type { ReportContentQuery as ReportContentResult, ReportRecommendationFragment, ReportStatus } from '../gql/graphql';
import { ChoiceGroup } from '../ui/choice-group';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { recommendationSchema, sectionsSchema } from './report-content.schema';
import {
  AddRecommendationMutation,
  RemoveRecommendationMutation,
  ReportContentQuery,
  ReportOrgUnitsQuery,
  UpdateRecommendationMutation,
  UpdateReportSectionsMutation,
} from './reports.operations';
import { RecommendationFollowUpEditor } from './recommendation-follow-up';
import { unitTree } from './unit-tree';

const SECTION_FIELDS = ['foreword', 'themes', 'examples'] as const;
type ContentRecommendation = ReportContentResult['report']['recommendations'][number];

function isEditable(status: ReportStatus): boolean {
  return status === 'DRAFT' || status === 'READY';
}

/** Forord, Temaer and Eksempler as textareas, saved together; text is kept exactly as typed. */
function SectionsForm({ id, status, initial }: { id: string; status: ReportStatus; initial: z.input<typeof sectionsSchema> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [note, setNote] = useState('');
  const [saving, save] = useMutation(UpdateReportSectionsMutation);
  const form = useSchemaForm(sectionsSchema, initial);
  const editable = isEditable(status);

  async function submit(values: z.output<typeof sectionsSchema>) {
    setNote('');
    const wasReady = status === 'READY';
    return settle(await save({ input: { id, ...values } }), (data) =>
      setNote(wasReady && data.updateReportSections.status === 'DRAFT' ? t('reportSections.savedBackToDraft') : t('reportSections.saved')),
    );
  }

  return (
    <Form form={form} className="report-sections" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId}>{t('reportSections.heading')}</h3>
      {!editable && <p className="muted">{t('reportSections.locked')}</p>}
      {SECTION_FIELDS.map((field) => (
        <Field key={field} name={field} label={t(`reportSections.field.${field}`)}>
          {(control) => <textarea {...control} rows={8} readOnly={!editable} />}
        </Field>
      ))}
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      {editable && <FormFooter submitLabel={t('reportSections.save')} submitting={saving.fetching} />}
    </Form>
  );
}

/** Adds or edits one recommendation: title, text and the org units it is addressed to (none: general). */
function RecommendationForm({
  reportId,
  recommendation,
  onDone,
}: {
  reportId: string;
  recommendation?: ReportRecommendationFragment;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [{ data: unitData }] = useQuery({ query: ReportOrgUnitsQuery });
  const form = useSchemaForm(recommendationSchema, {
    title: recommendation?.title ?? '',
    text: recommendation?.text ?? '',
    orgUnitIds: recommendation?.orgUnits.map((u) => u.id) ?? [],
  });
  const [adding, add] = useMutation(AddRecommendationMutation);
  const [updating, update] = useMutation(UpdateRecommendationMutation);
  const busy = adding.fetching || updating.fetching;
  const units = unitTree(unitData?.orgUnits ?? []).map(({ unit, depth }) => ({ value: unit.id, label: unit.name, depth }));

  async function submit(values: z.output<typeof recommendationSchema>) {
    const done = () => onDone(recommendation ? t('reportSections.recommendation.updated') : t('reportSections.recommendation.added'));
    if (recommendation) return settle(await update({ input: { id: recommendation.id, ...values } }), done);
    return settle(await add({ input: { reportId, ...values } }), done);
  }

  return (
    <Form form={form} className="recommendation-form" aria-labelledby={headingId} onSubmit={submit}>
      <h4 id={headingId}>{recommendation ? t('reportSections.recommendation.editHeading') : t('reportSections.recommendation.addHeading')}</h4>
      <Field name="title" label={t('reportSections.recommendation.title')}>
        {(control) => <input {...control} maxLength={TEXT_LIMITS.name} />}
      </Field>
      <Field name="text" label={t('reportSections.recommendation.text')} optional>
        {(control) => <textarea {...control} rows={4} />}
      </Field>
      <ChoiceGroup
        name="orgUnitIds"
        legend={t('reportSections.recommendation.orgUnits')}
        hint={t('reportSections.recommendation.orgUnitsHint')}
        options={units}
      />
      <FormFooter
        submitLabel={recommendation ? t('reportSections.recommendation.saveEdit') : t('reportSections.recommendation.add')}
        submitting={busy}
        onCancel={() => onDone('')}
      />
    </Form>
  );
}

/** The report's recommendations (anbefalinger): general ones and ones addressed to org units. */
function Recommendations({ reportId, status, recommendations, refresh }: { reportId: string; status: ReportStatus; recommendations: readonly ContentRecommendation[]; refresh: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [note, setNote] = useState('');
  const [removeError, setRemoveError] = useState<CombinedError | undefined>();
  const [removing, remove] = useMutation(RemoveRecommendationMutation);
  const editable = isEditable(status);

  function done(message: string) {
    setEditing(null);
    setNote(message);
    if (message) refresh();
  }

  async function removeOne(recommendation: ReportRecommendationFragment) {
    setNote('');
    const result = await remove({ id: recommendation.id });
    setRemoveError(result.error);
    if (result.error) return;
    setNote(t('reportSections.recommendation.removed', { title: recommendation.title }));
    refresh();
  }

  return (
    <section className="report-recommendations" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('reportSections.recommendation.heading')}</h3>
      {recommendations.length === 0 ? (
        <p className="muted">{t('reportSections.recommendation.none')}</p>
      ) : (
        <ul className="recommendation-list">
          {recommendations.map((recommendation) =>
            editing === recommendation.id ? (
              <li key={recommendation.id}>
                <RecommendationForm reportId={reportId} recommendation={recommendation} onDone={done} />
              </li>
            ) : (
              <li key={recommendation.id} aria-label={recommendation.title}>
                <h4>{recommendation.title}</h4>
                <p className="recommendation-units">
                  {recommendation.orgUnits.length === 0
                    ? t('reportSections.recommendation.general')
                    : recommendation.orgUnits.map((unit) => unit.name).join(', ')}
                </p>
                {recommendation.text && <p style={{ whiteSpace: 'pre-wrap' }}>{recommendation.text}</p>}
                <RecommendationFollowUpEditor
                  key={`${recommendation.id}:${recommendation.status}:${recommendation.dueOn ?? ''}`}
                  recommendation={recommendation}
                  title={recommendation.title}
                />
                {editable && (
                  <div className="form-buttons">
                    <button type="button" onClick={() => setEditing(recommendation.id)} aria-label={t('reportSections.recommendation.editNamed', { title: recommendation.title })}>
                      {t('reportSections.recommendation.edit')}
                    </button>
                    <button
                      type="button"
                      disabled={removing.fetching}
                      onClick={() => void removeOne(recommendation)}
                      aria-label={t('reportSections.recommendation.removeNamed', { title: recommendation.title })}
                    >
                      {t('reportSections.recommendation.remove')}
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      <ErrorAlert error={removeError} />
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      {editable &&
        (editing === 'new' ? (
          <RecommendationForm reportId={reportId} onDone={done} />
        ) : (
          <div className="form-buttons">
            <button type="button" onClick={() => { setNote(''); setEditing('new'); }}>
              {t('reportSections.recommendation.addButton')}
            </button>
          </div>
        ))}
    </section>
  );
}

/** The advisor's prose (Forord, Temaer, Eksempler) and recommendations of one report. */
export function ReportContent({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ReportContentQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const report = data?.report;
  if (!report) return <ErrorAlert error={error} />;
  return (
    <div className="report-content">
      <SectionsForm
        key={report.id}
        id={report.id}
        status={report.status}
        initial={{ foreword: report.foreword, themes: report.themes, examples: report.examples }}
      />
      <Recommendations
        reportId={report.id}
        status={report.status}
        recommendations={report.recommendations}
        refresh={() => refetch({ requestPolicy: 'network-only' })}
      />
    </div>
  );
}
