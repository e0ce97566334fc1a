import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import i18n from '../i18n/i18n';
import { formatInstant } from '../i18n/dates';
import { unitTree, type TreeRow } from '../reports/unit-tree';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { Page } from '../ui/page';
import { DecidedCaseVolumesQuery, SetDecidedCaseVolumesMutation } from './case-volumes.operations';
import { caseVolumeYears, fieldOfRow, parseDecidedCases, rowsToSave, unitField } from './decided-cases';

const YEARS_BACK = 10;
const VOLUME_CONTEXT = { additionalTypenames: ['DecidedCaseVolume'] };

interface Unit {
  id: string;
  parentId?: string | null;
  name: string;
  sortOrder: number;
}

interface Volume {
  decidedCases: number;
  updatedAt: string;
}

/**
 * A typed number of decided cases: empty leaves the unit without one, unless it has one already (which cannot be
 * taken back here); a negative one goes to the API, which names the row and the rule.
 */
function decidedCasesField(saved: boolean) {
  return z.string().transform((typed, ctx) => {
    const entry = parseDecidedCases(typed);
    if ('value' in entry) return entry.value;
    if (entry.problem === 'empty' && !saved) return null;
    ctx.issues.push({ code: 'custom', message: i18n.t(`caseVolumes.problem.${entry.problem}`), input: typed });
    return z.NEVER;
  });
}

const column = createColumnHelper<TreeRow<Unit>>();

/** Every unit's decided cases in the year as one table, saved together: all rows are stored, or none. */
function YearVolumesForm({ year, rows, volumes }: { year: number; rows: TreeRow<Unit>[]; volumes: Map<string, Volume> }) {
  const { t, i18n: { language } } = useTranslation();
  const [note, setNote] = useState('');
  // The fields of the rows last sent, read when the API's answer comes back (after the render that sent them).
  const sentFields = useRef<string[]>([]);
  const [saving, save] = useMutation(SetDecidedCaseVolumesMutation);
  const schema = useMemo(() => z.object(Object.fromEntries(rows.map(({ unit }, index) => [unitField(index), decidedCasesField(volumes.has(unit.id))]))), [rows, volumes]);
  const form = useSchemaForm(schema, Object.fromEntries(rows.map(({ unit }, index) => [unitField(index), String(volumes.get(unit.id)?.decidedCases ?? '')])));

  const columns = [
    column.accessor(({ unit }) => unit.name, {
      id: 'unit',
      header: t('caseVolumes.unit'),
      meta: { rowHeader: true },
      cell: ({ row: { original } }) => <span style={{ paddingInlineStart: `${original.depth * 1.5}rem` }}>{original.unit.name}</span>,
    }),
    column.display({
      id: 'decidedCases',
      header: t('caseVolumes.decidedCases'),
      cell: ({ row: { original, index } }) => {
        const volume = volumes.get(original.unit.id);
        return (
          <Field
            name={unitField(index)}
            label={t('caseVolumes.fieldLabel', { unit: original.unit.name })}
            labelHidden
            hint={volume ? t('caseVolumes.updated', { date: formatInstant(volume.updatedAt, language) }) : undefined}
          >
            {(control) => <input {...control} inputMode="numeric" />}
          </Field>
        );
      },
    }),
  ];

  return (
    <Form
      form={form}
      aria-label={t('caseVolumes.listLabel', { year })}
      apiFieldOf={(apiField) => fieldOfRow(apiField, sentFields.current)}
      onSubmit={async (values) => {
        setNote('');
        const { rows: toSave, fields } = rowsToSave(
          rows.map(({ unit }) => unit.id),
          values,
        );
        sentFields.current = fields;
        const result = await save({ input: { year, rows: toSave } }, VOLUME_CONTEXT);
        return settle(result, (data) => setNote(t('caseVolumes.saved', { count: data.setDecidedCaseVolumes.length, year })));
      }}
    >
      <DataTable caption={t('caseVolumes.listLabel', { year })} captionHidden columns={columns} data={rows} getRowId={({ unit }) => unit.id} pageSize={null} />
      <FormFooter submitLabel={t('common.save')} submitName={t('caseVolumes.saveYear', { year })} submitting={saving.fetching} />
      <p className="muted" role="status">
        {note}
      </p>
    </Form>
  );
}

/** Sagsmængder: the tenant admin enters the units' numbers of decided cases per year. */
export function CaseVolumesPage() {
  const { t } = useTranslation();
  const yearId = useId();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [{ data, error, operation }] = useQuery({ query: DecidedCaseVolumesQuery, variables: { year }, context: VOLUME_CONTEXT, requestPolicy: 'cache-and-network' });
  const volumes = useMemo(() => new Map((data?.decidedCaseVolumes ?? []).map((volume) => [volume.orgUnitId, volume])), [data]);
  const rows = useMemo(() => unitTree(data?.orgUnits ?? []), [data]);
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
      {/* Keyed by year: a new year starts from what was saved for it. */}
      {ready && <YearVolumesForm key={year} year={year} rows={rows} volumes={volumes} />}
    </Page>
  );
}
