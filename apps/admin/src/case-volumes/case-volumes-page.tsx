import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { apiErrorsOf, NO_API_ERRORS, type ApiErrors } from '../graphql/api-errors';
import { formatInstant } from '../i18n/dates';
import { unitTree } from '../reports/unit-tree';
import { ErrorAlert } from '../ui/error-alert';
import { FormErrors } from '../ui/form-errors';
import { DecidedCaseVolumesQuery, SetDecidedCasesMutation } from './case-volumes.operations';
import { caseVolumeYears, parseDecidedCases } from './decided-cases';
import { Page } from '../ui/page';

const YEARS_BACK = 10;
const FIELDS = ['decidedCases', 'year', 'orgUnitId'] as const;
const VOLUME_CONTEXT = { additionalTypenames: ['DecidedCaseVolume'] };

interface Volume {
  decidedCases: number;
  updatedAt: string;
}

/** One unit's decided cases in the year, saved on its own. */
function UnitVolumeForm({ unit, year, volume, depth }: { unit: { id: string; name: string }; year: number; volume?: Volume; depth: number }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState(volume ? String(volume.decidedCases) : '');
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const [note, setNote] = useState('');
  const [saving, save] = useMutation(SetDecidedCasesMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote('');
    const entry = parseDecidedCases(typed);
    if ('problem' in entry) {
      setErrors({ ...NO_API_ERRORS, fields: { decidedCases: t(`caseVolumes.problem.${entry.problem}`) } });
      return;
    }
    setErrors(NO_API_ERRORS);
    const result = await save({ input: { orgUnitId: unit.id, year, decidedCases: entry.value } }, VOLUME_CONTEXT);
    if (result.error) {
      setErrors(apiErrorsOf(result.error, FIELDS));
      return;
    }
    setNote(t('caseVolumes.saved', { unit: unit.name }));
  }

  const error = errors.fields.decidedCases ?? errors.fields.year ?? errors.fields.orgUnitId;
  return (
    <form className="case-volume-row" aria-label={unit.name} onSubmit={(event) => void submit(event)} noValidate style={{ paddingInlineStart: `${depth * 1.5}rem` }}>
      <div className="field">
        <label htmlFor={id}>{unit.name}</label>
        <input
          id={id}
          name="decidedCases"
          inputMode="numeric"
          value={typed}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : volume ? `${id}-hint` : undefined}
          onChange={(event) => setTyped(event.target.value)}
        />
        {volume && !error && (
          <p id={`${id}-hint`} className="hint muted">
            {t('caseVolumes.updated', { date: formatInstant(volume.updatedAt, i18n.language) })}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <FormErrors errors={errors} />
      <button type="submit" disabled={saving.fetching} aria-busy={saving.fetching} aria-label={t('caseVolumes.saveFor', { unit: unit.name })}>
        {t('common.save')}
      </button>
      <span className="muted" role="status">
        {note}
      </span>
    </form>
  );
}

/** Sagsmængder: the tenant admin enters each unit's number of decided cases per year. */
export function CaseVolumesPage() {
  const { t } = useTranslation();
  const yearId = useId();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [{ data, error, operation }] = useQuery({ query: DecidedCaseVolumesQuery, variables: { year }, context: VOLUME_CONTEXT, requestPolicy: 'cache-and-network' });
  const volumes = new Map((data?.decidedCaseVolumes ?? []).map((volume) => [volume.orgUnitId, volume]));
  const rows = unitTree(data?.orgUnits ?? []);
  // The fields start from what was saved for the chosen year, not from the year shown before.
  const ready = Boolean(data) && operation?.variables.year === year;

  return (
    <Page title={t('caseVolumes.title')} className="case-volumes">
      <p>{t('caseVolumes.intro')}</p>
      <div className="field">
        <label htmlFor={yearId}>{t('caseVolumes.year')}</label>
        <select id={yearId} value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))}>
          {caseVolumeYears(thisYear, YEARS_BACK).map((option) => (
            <option key={option} value={String(option)}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert error={error} />
      {!ready && <p aria-busy="true">{t('common.loading')}</p>}
      {ready && (
        <div className="case-volume-list" role="group" aria-label={t('caseVolumes.listLabel', { year })}>
          {rows.map(({ unit, depth }) => (
            // Keyed by year: a new year starts from what was saved for it.
            <UnitVolumeForm key={`${year}:${unit.id}`} unit={unit} year={year} volume={volumes.get(unit.id)} depth={depth} />
          ))}
        </div>
      )}
    </Page>
  );
}
