import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { apiErrorsOf, NO_API_ERRORS, type ApiErrors } from '../graphql/api-errors';
import type { ReportContentQuery as ReportContentResult, ReportRecommendationFragment, ReportStatus } from '../gql/graphql';
import { Field } from '../ui/field';
import { ErrorAlert } from '../ui/error-alert';
import { FormErrors } from '../ui/form-errors';
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
type SectionField = (typeof SECTION_FIELDS)[number];
type Sections = Record<SectionField, string>;
const RECOMMENDATION_FIELDS = ['title', 'text', 'orgUnitIds'] as const;
type ContentRecommendation = ReportContentResult['report']['recommendations'][number];

function isEditable(status: ReportStatus): boolean {
  return status === 'DRAFT' || status === 'READY';
}

/** Forord, Temaer and Eksempler as textareas, saved together; text is kept exactly as typed. */
function SectionsForm({ id, status, initial }: { id: string; status: ReportStatus; initial: Sections }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState<Sections>(initial);
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const [note, setNote] = useState('');
  const [saving, save] = useMutation(UpdateReportSectionsMutation);
  const editable = isEditable(status);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_API_ERRORS);
    setNote('');
    const wasReady = status === 'READY';
    const result = await save({ input: { id, ...values } });
    if (result.error) {
      setErrors(apiErrorsOf(result.error, SECTION_FIELDS));
      return;
    }
    const saved = result.data?.updateReportSections;
    setNote(wasReady && saved?.status === 'DRAFT' ? t('reportSections.savedBackToDraft') : t('reportSections.saved'));
  }

  return (
    <form className="report-sections" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={headingId}>{t('reportSections.heading')}</h3>
      {!editable && <p className="muted">{t('reportSections.locked')}</p>}
      {SECTION_FIELDS.map((field) => (
        <Field key={field} label={t(`reportSections.field.${field}`)} error={errors.fields[field]}>
          {(control) => (
            <textarea
              {...control}
              name={field}
              rows={8}
              value={values[field]}
              readOnly={!editable}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          )}
        </Field>
      ))}
      <FormErrors errors={errors} />
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      {editable && (
        <div className="form-buttons">
          <button type="submit" disabled={saving.fetching} aria-busy={saving.fetching}>
            {t('reportSections.save')}
          </button>
        </div>
      )}
    </form>
  );
}

interface RecommendationDraft {
  title: string;
  text: string;
  orgUnitIds: string[];
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
  const id = useId();
  const [{ data: unitData }] = useQuery({ query: ReportOrgUnitsQuery });
  const [draft, setDraft] = useState<RecommendationDraft>({
    title: recommendation?.title ?? '',
    text: recommendation?.text ?? '',
    orgUnitIds: recommendation?.orgUnits.map((u) => u.id) ?? [],
  });
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const [adding, add] = useMutation(AddRecommendationMutation);
  const [updating, update] = useMutation(UpdateRecommendationMutation);
  const busy = adding.fetching || updating.fetching;
  const rows = unitTree(unitData?.orgUnits ?? []);

  function toggle(unitId: string, checked: boolean) {
    setDraft((current) => ({
      ...current,
      orgUnitIds: checked ? [...current.orgUnitIds, unitId] : current.orgUnitIds.filter((other) => other !== unitId),
    }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_API_ERRORS);
    const result = recommendation
      ? await update({ input: { id: recommendation.id, ...draft } })
      : await add({ input: { reportId, ...draft } });
    if (result.error) {
      setErrors(apiErrorsOf(result.error, RECOMMENDATION_FIELDS));
      return;
    }
    onDone(recommendation ? t('reportSections.recommendation.updated') : t('reportSections.recommendation.added'));
  }

  return (
    <form className="recommendation-form" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)} noValidate>
      <h4 id={`${id}-heading`}>{recommendation ? t('reportSections.recommendation.editHeading') : t('reportSections.recommendation.addHeading')}</h4>
      <Field label={t('reportSections.recommendation.title')} error={errors.fields.title}>
        {(control) => <input {...control} name="title" value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />}
      </Field>
      <Field label={t('reportSections.recommendation.text')} error={errors.fields.text} optional>
        {(control) => <textarea {...control} name="text" rows={4} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />}
      </Field>
      <fieldset
        className="checkbox-list"
        aria-describedby={errors.fields.orgUnitIds ? `${id}-units-error` : `${id}-units-hint`}
        aria-invalid={errors.fields.orgUnitIds ? true : undefined}
      >
        <legend>{t('reportSections.recommendation.orgUnits')}</legend>
        <p id={`${id}-units-hint`} className="muted">
          {t('reportSections.recommendation.orgUnitsHint')}
        </p>
        {rows.map(({ unit, depth }) => (
          <div key={unit.id} className="checkbox" style={{ paddingInlineStart: `${depth * 1.5}rem` }}>
            <input
              id={`${id}-unit-${unit.id}`}
              type="checkbox"
              name="orgUnitIds"
              value={unit.id}
              checked={draft.orgUnitIds.includes(unit.id)}
              onChange={(event) => toggle(unit.id, event.target.checked)}
            />
            <label htmlFor={`${id}-unit-${unit.id}`}>{unit.name}</label>
          </div>
        ))}
        {errors.fields.orgUnitIds && (
          <p id={`${id}-units-error`} className="field-error">
            {errors.fields.orgUnitIds}
          </p>
        )}
      </fieldset>
      <FormErrors errors={errors} />
      <div className="form-buttons">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {recommendation ? t('reportSections.recommendation.saveEdit') : t('reportSections.recommendation.add')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('reportSections.recommendation.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The report's recommendations (anbefalinger): general ones and ones addressed to org units. */
function Recommendations({ reportId, status, recommendations, refresh }: { reportId: string; status: ReportStatus; recommendations: readonly ContentRecommendation[]; refresh: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const [removing, remove] = useMutation(RemoveRecommendationMutation);
  const editable = isEditable(status);

  function done(message: string) {
    setEditing(null);
    setNote(message);
    if (message) refresh();
  }

  async function removeOne(recommendation: ReportRecommendationFragment) {
    setErrors(NO_API_ERRORS);
    setNote('');
    const result = await remove({ id: recommendation.id });
    if (result.error) {
      setErrors(apiErrorsOf(result.error, []));
      return;
    }
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
      <FormErrors errors={errors} />
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
