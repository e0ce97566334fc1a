import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import i18n from '../i18n/i18n';
import { formatInstant } from '../i18n/dates';
import { unitTree } from '../reports/unit-tree';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { DecidedCaseVolumesQuery, SetDecidedCasesMutation } from './case-volumes.operations';
import { caseVolumeYears, parseDecidedCases } from './decided-cases';
import { Page } from '../ui/page';

const YEARS_BACK = 10;
const VOLUME_CONTEXT = { additionalTypenames: ['DecidedCaseVolume'] };

/** The typed number of decided cases; a negative one goes to the API, which names the field and the rule. */
const decidedCasesSchema = z.object({
  decidedCases: z.string().transform((typed, ctx) => {
    const entry = parseDecidedCases(typed);
    if ('value' in entry) return entry.value;
    ctx.issues.push({ code: 'custom', message: i18n.t(`caseVolumes.problem.${entry.problem}`), input: typed });
    return z.NEVER;
  }),
});

interface Volume {
  decidedCases: number;
  updatedAt: string;
}

/** One unit's decided cases in the year, saved on its own. */
function UnitVolumeForm({ unit, year, volume, depth }: { unit: { id: string; name: string }; year: number; volume?: Volume; depth: number }) {
  const { t, i18n: { language } } = useTranslation();
  const [note, setNote] = useState('');
  const [saving, save] = useMutation(SetDecidedCasesMutation);
  const form = useSchemaForm(decidedCasesSchema, { decidedCases: volume ? String(volume.decidedCases) : '' });

  return (
    <div className="case-volume-row" style={{ paddingInlineStart: `${depth * 1.5}rem` }}>
      <Form
        form={form}
        aria-label={unit.name}
        onSubmit={async ({ decidedCases }) => {
          setNote('');
          const result = await save({ input: { orgUnitId: unit.id, year, decidedCases } }, VOLUME_CONTEXT);
          return settle(result, () => setNote(t('caseVolumes.saved', { unit: unit.name })));
        }}
      >
        <Field name="decidedCases" label={unit.name} hint={volume ? t('caseVolumes.updated', { date: formatInstant(volume.updatedAt, language) }) : undefined}>
          {(control) => <input {...control} inputMode="numeric" />}
        </Field>
        <FormFooter submitLabel={t('common.save')} submitName={t('caseVolumes.saveFor', { unit: unit.name })} submitting={saving.fetching} />
        <span className="muted" role="status">
          {note}
        </span>
      </Form>
    </div>
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
