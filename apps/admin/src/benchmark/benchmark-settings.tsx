import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { z } from 'zod';
import type { BenchmarkDashboardQuery, BenchmarkOrgUnitsQuery as BenchmarkOrgUnitsResult } from '../gql/graphql';
import { reportLanguage } from '../reports/report-format';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import {
  BenchmarkOrgUnitsQuery,
  MapCategoryMutation,
  MapOutcomeMutation,
  NationalTaxonomyQuery,
  SetBenchmarkCommentMutation,
  SetBenchmarkOptInMutation,
  SetOrgUnitNationalAreaMutation,
} from './benchmark.operations';
import { unitsInTreeOrder, type UnitInTree } from './benchmark-view';

type Dashboard = BenchmarkDashboardQuery['benchmarkDashboard'];
/** The API's limit on a year's comment. */
const COMMENT_MAX = 500;
type Entry = { kind: string; code: string; nameDa: string; nameEn: string; sortOrder: number };

function useTaxonomy(): { entriesOf: (kind: string) => Entry[]; nameOf: (entry: Entry) => string } {
  const { i18n } = useTranslation();
  const language = reportLanguage(i18n.language);
  const [result] = useQuery({ query: NationalTaxonomyQuery });
  const entries = result.data?.nationalTaxonomy.entries ?? [];
  return {
    entriesOf: (kind) => entries.filter((entry) => entry.kind === kind).sort((a, b) => a.sortOrder - b.sortOrder),
    nameOf: (entry) => (language === 'en' ? entry.nameEn : entry.nameDa),
  };
}

function OptInSwitch({ optIn, onSaved }: { optIn: boolean; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [state, setOptIn] = useMutation(SetBenchmarkOptInMutation);
  const [error, setError] = useState<CombinedError>();
  return (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={optIn}
          disabled={state.fetching}
          aria-describedby="benchmark-opt-in-hint"
          onChange={(event) => {
            const next = event.currentTarget.checked;
            void setOptIn({ optIn: next }).then((result) => {
              setError(result.error);
              if (!result.error) onSaved(t(next ? 'benchmark.settings.optInSaved' : 'benchmark.settings.optOutSaved'));
            });
          }}
        />
        {t('benchmark.settings.optIn')}
      </label>
      <p id="benchmark-opt-in-hint" className="hint">
        {t('benchmark.settings.optInHint')}
      </p>
      <ErrorAlert error={error} />
    </div>
  );
}

const commentSchema = z.object({ text: z.string().trim().max(COMMENT_MAX) });

function CommentForm({ year, comment, onSaved }: { year: number; comment: string | null; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [state, setComment] = useMutation(SetBenchmarkCommentMutation);
  const form = useSchemaForm(commentSchema, { text: comment ?? '' });

  return (
    <Form
      form={form}
      onSubmit={async ({ text }) =>
        settle(await setComment({ year, text }), (data) => onSaved(t(data.setBenchmarkComment ? 'benchmark.settings.commentSaved' : 'benchmark.settings.commentRemoved')))
      }
    >
      <Field name="text" label={t('benchmark.settings.comment', { year })} hint={t('benchmark.settings.commentHint')} optional>
        {(control) => <textarea {...control} rows={3} maxLength={COMMENT_MAX} />}
      </Field>
      <FormFooter submitLabel={t('benchmark.settings.saveComment')} submitting={state.fetching} />
    </Form>
  );
}

const unmappedColumn = createColumnHelper<Dashboard['unmapped'][number]>();

function UnmappedEntries({ unmapped, onSaved }: { unmapped: Dashboard['unmapped']; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { entriesOf, nameOf } = useTaxonomy();
  const [, mapCategory] = useMutation(MapCategoryMutation);
  const [, mapOutcome] = useMutation(MapOutcomeMutation);
  const [error, setError] = useState<CombinedError>();

  async function map(entry: Dashboard['unmapped'][number], code: string) {
    if (code === '') return;
    const result = entry.kind === 'outcome' ? await mapOutcome({ id: entry.id, nationalCode: code }) : await mapCategory({ id: entry.id, nationalCode: code });
    setError(result.error);
    const chosen = entriesOf(entry.kind).find((e) => e.code === code);
    if (!result.error) onSaved(t('benchmark.settings.mapped', { name: entry.name, code: chosen ? nameOf(chosen) : code }));
  }

  return (
    <section aria-labelledby="benchmark-unmapped">
      <h3 id="benchmark-unmapped">{t('benchmark.settings.unmapped')}</h3>
      {unmapped.length === 0 ? (
        <p className="muted">{t('benchmark.settings.allMapped')}</p>
      ) : (
        <>
          <p className="hint">{t('benchmark.settings.unmappedHint')}</p>
          <DataTable
            labelledBy="benchmark-unmapped"
            columns={[
              unmappedColumn.display({
                id: 'entry',
                header: `${t('benchmark.settings.kind.category')} / ${t('benchmark.settings.kind.outcome')}`,
                cell: ({ row: { original: entry } }) => (
                  <>
                    {entry.name} <span className="hint">({t(`benchmark.settings.kind.${entry.kind}`)})</span>
                  </>
                ),
                meta: { rowHeader: true },
              }),
              unmappedColumn.display({
                id: 'code',
                header: t('benchmark.settings.nationalCode'),
                cell: ({ row: { original: entry } }) => (
                  <select aria-label={t('benchmark.settings.nationalCodeFor', { name: entry.name })} defaultValue="" onChange={(event) => void map(entry, event.currentTarget.value)}>
                    <option value="">{t('benchmark.settings.chooseCode')}</option>
                    {entriesOf(entry.kind).map((option) => (
                      <option key={option.code} value={option.code}>
                        {nameOf(option)}
                      </option>
                    ))}
                  </select>
                ),
              }),
            ]}
            data={unmapped}
            getRowId={(entry) => `${entry.kind}:${entry.id}`}
            pageSize={null}
            sortable={false}
          />
          <ErrorAlert error={error} />
        </>
      )}
    </section>
  );
}

type AreaUnit = UnitInTree<BenchmarkOrgUnitsResult['orgUnits'][number]>;
const areaColumn = createColumnHelper<AreaUnit>();

function DepartmentAreas({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { entriesOf, nameOf } = useTaxonomy();
  const [units] = useQuery({ query: BenchmarkOrgUnitsQuery });
  const [, setArea] = useMutation(SetOrgUnitNationalAreaMutation);
  // The areas chosen here since the list was fetched; the rest as the API gives them.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [error, setError] = useState<CombinedError>();
  const tree = unitsInTreeOrder(units.data?.orgUnits ?? []);

  async function save(unit: { id: string; name: string }, area: string) {
    const result = await setArea({ orgUnitId: unit.id, area: area === '' ? null : area });
    setError(result.error);
    if (!result.error) {
      setChosen((previous) => ({ ...previous, [unit.id]: area }));
      onSaved(t('benchmark.settings.areaSaved', { name: unit.name }));
    }
  }

  return (
    <section aria-labelledby="benchmark-areas">
      <h3 id="benchmark-areas">{t('benchmark.settings.areas')}</h3>
      <p className="hint">{t('benchmark.settings.areasHint')}</p>
      <DataTable
        labelledBy="benchmark-areas"
        columns={[
          areaColumn.accessor('name', {
            header: t('benchmark.settings.unit'),
            cell: ({ row: { original: unit } }) => <span style={{ paddingInlineStart: `${unit.depth * 1.25}rem` }}>{unit.name}</span>,
            meta: { rowHeader: true },
          }),
          areaColumn.display({
            id: 'area',
            header: t('benchmark.settings.kind.department_area'),
            cell: ({ row: { original: unit } }) => (
              <select aria-label={t('benchmark.settings.areaFor', { name: unit.name })} value={chosen[unit.id] ?? unit.nationalArea ?? ''} onChange={(event) => void save(unit, event.currentTarget.value)}>
                <option value="">{t('benchmark.settings.noArea')}</option>
                {entriesOf('department_area').map((option) => (
                  <option key={option.code} value={option.code}>
                    {nameOf(option)}
                  </option>
                ))}
              </select>
            ),
          }),
        ]}
        data={tree}
        getRowId={(unit) => unit.id}
        pageSize={null}
        sortable={false}
      />
      <ErrorAlert error={error} />
    </section>
  );
}

/** The tenant admin's part of the dashboard: opt-in, the year's comment, unmapped catalogue entries and department areas. */
export function BenchmarkSettings({ dashboard, onChanged }: { dashboard: Dashboard; onChanged: () => void }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const own = dashboard.benchmark.tenants.find((tenant) => tenant.own);
  const saved = (message: string) => {
    setNotice(message);
    onChanged();
  };
  return (
    <section className="benchmark-settings" aria-labelledby="benchmark-settings">
      <h2 id="benchmark-settings">{t('benchmark.settings.title')}</h2>
      <p className="notice" role="status">
        {notice}
      </p>
      <OptInSwitch optIn={dashboard.optIn} onSaved={saved} />
      {/* Keyed by year and saved text, so choosing another year starts from that year's comment. */}
      <CommentForm key={`${dashboard.benchmark.year}:${own?.comment ?? ''}`} year={dashboard.benchmark.year} comment={own?.comment ?? null} onSaved={saved} />
      <UnmappedEntries unmapped={dashboard.unmapped} onSaved={saved} />
      <DepartmentAreas onSaved={saved} />
    </section>
  );
}
