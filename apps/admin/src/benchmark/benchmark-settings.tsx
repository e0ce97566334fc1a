import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { apiErrorsOf, NO_API_ERRORS, type ApiErrors } from '../graphql/api-errors';
import type { BenchmarkDashboardQuery } from '../gql/graphql';
import { reportLanguage } from '../reports/report-format';
import { FormErrors } from '../ui/form-errors';
import {
  BenchmarkOrgUnitsQuery,
  MapCategoryMutation,
  MapOutcomeMutation,
  NationalTaxonomyQuery,
  SetBenchmarkCommentMutation,
  SetBenchmarkOptInMutation,
  SetOrgUnitNationalAreaMutation,
} from './benchmark.operations';
import { unitsInTreeOrder } from './benchmark-view';

type Dashboard = BenchmarkDashboardQuery['benchmarkDashboard'];
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
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
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
              setErrors(apiErrorsOf(result.error, []));
              if (!result.error) onSaved(t(next ? 'benchmark.settings.optInSaved' : 'benchmark.settings.optOutSaved'));
            });
          }}
        />
        {t('benchmark.settings.optIn')}
      </label>
      <p id="benchmark-opt-in-hint" className="hint">
        {t('benchmark.settings.optInHint')}
      </p>
      <FormErrors errors={errors} />
    </div>
  );
}

function CommentForm({ year, comment, onSaved }: { year: number; comment: string | null; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setComment] = useMutation(SetBenchmarkCommentMutation);
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '');
    const result = await setComment({ year, text });
    setErrors(apiErrorsOf(result.error, ['text']));
    if (!result.error) onSaved(t(result.data?.setBenchmarkComment ? 'benchmark.settings.commentSaved' : 'benchmark.settings.commentRemoved'));
  }

  return (
    // Keyed by year and saved text, so choosing another year starts from that year's comment.
    <form key={`${year}:${comment ?? ''}`} onSubmit={(event) => void submit(event)} className="field">
      <label htmlFor={id}>{t('benchmark.settings.comment', { year })}</label>
      <textarea id={id} name="text" rows={3} maxLength={500} defaultValue={comment ?? ''} aria-describedby={`${id}-hint`} aria-invalid={errors.fields.text ? true : undefined} />
      <p id={`${id}-hint`} className="hint">
        {t('benchmark.settings.commentHint')}
      </p>
      {errors.fields.text && <p className="field-error">{errors.fields.text}</p>}
      <FormErrors errors={errors} />
      <div className="form-buttons">
        <button type="submit" disabled={state.fetching}>
          {t('benchmark.settings.saveComment')}
        </button>
      </div>
    </form>
  );
}

function UnmappedEntries({ unmapped, onSaved }: { unmapped: Dashboard['unmapped']; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { entriesOf, nameOf } = useTaxonomy();
  const [, mapCategory] = useMutation(MapCategoryMutation);
  const [, mapOutcome] = useMutation(MapOutcomeMutation);
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);

  async function map(entry: Dashboard['unmapped'][number], code: string) {
    if (code === '') return;
    const result = entry.kind === 'outcome' ? await mapOutcome({ id: entry.id, nationalCode: code }) : await mapCategory({ id: entry.id, nationalCode: code });
    setErrors(apiErrorsOf(result.error, []));
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
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('benchmark.settings.kind.category')} / {t('benchmark.settings.kind.outcome')}</th>
                <th scope="col">{t('benchmark.settings.nationalCode')}</th>
              </tr>
            </thead>
            <tbody>
              {unmapped.map((entry) => (
                <tr key={`${entry.kind}:${entry.id}`}>
                  <th scope="row">
                    {entry.name} <span className="hint">({t(`benchmark.settings.kind.${entry.kind}`)})</span>
                  </th>
                  <td>
                    <select
                      aria-label={t('benchmark.settings.nationalCodeFor', { name: entry.name })}
                      defaultValue=""
                      onChange={(event) => void map(entry, event.currentTarget.value)}
                    >
                      <option value="">{t('benchmark.settings.chooseCode')}</option>
                      {entriesOf(entry.kind).map((option) => (
                        <option key={option.code} value={option.code}>
                          {nameOf(option)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <FormErrors errors={errors} />
        </>
      )}
    </section>
  );
}

function DepartmentAreas({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { entriesOf, nameOf } = useTaxonomy();
  const [units] = useQuery({ query: BenchmarkOrgUnitsQuery });
  const [, setArea] = useMutation(SetOrgUnitNationalAreaMutation);
  // The areas chosen here since the list was fetched; the rest as the API gives them.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const tree = unitsInTreeOrder(units.data?.orgUnits ?? []);

  async function save(unit: { id: string; name: string }, area: string) {
    const result = await setArea({ orgUnitId: unit.id, area: area === '' ? null : area });
    setErrors(apiErrorsOf(result.error, []));
    if (!result.error) {
      setChosen((previous) => ({ ...previous, [unit.id]: area }));
      onSaved(t('benchmark.settings.areaSaved', { name: unit.name }));
    }
  }

  return (
    <section aria-labelledby="benchmark-areas">
      <h3 id="benchmark-areas">{t('benchmark.settings.areas')}</h3>
      <p className="hint">{t('benchmark.settings.areasHint')}</p>
      <table className="data-table">
        <tbody>
          {tree.map((unit) => (
            <tr key={unit.id}>
              <th scope="row" style={{ paddingLeft: `${0.6 + unit.depth * 1.25}rem` }}>
                {unit.name}
              </th>
              <td>
                <select aria-label={t('benchmark.settings.areaFor', { name: unit.name })} value={chosen[unit.id] ?? unit.nationalArea ?? ''} onChange={(event) => void save(unit, event.currentTarget.value)}>
                  <option value="">{t('benchmark.settings.noArea')}</option>
                  {entriesOf('department_area').map((option) => (
                    <option key={option.code} value={option.code}>
                      {nameOf(option)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormErrors errors={errors} />
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
      <CommentForm year={dashboard.benchmark.year} comment={own?.comment ?? null} onSaved={saved} />
      <UnmappedEntries unmapped={dashboard.unmapped} onSaved={saved} />
      <DepartmentAreas onSaved={saved} />
    </section>
  );
}
