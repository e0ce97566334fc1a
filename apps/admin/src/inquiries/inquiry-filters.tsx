import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { InquiryKind, InquiryStatus } from '../gql/graphql';
import { Field } from '../ui/field';
import { LiveForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { catalogOptions, unitOptions } from './choices';
import { EMPTY_FILTER, KIND_VALUES, STATUS_VALUES, type FilterUpdate, type InquiryListFilter } from './inquiry-filter';
import { InquiryChoicesQuery } from './inquiries.operations';

const SEARCH_DELAY_MS = 300;

interface InquiryFiltersProps {
  /** The filter as the URL holds it. */
  filter: InquiryListFilter;
  /** Changes the filter in the URL; each control changes only its own criterion. */
  onChange: (update: FilterUpdate) => void;
}

/**
 * A filter bar rather than a form to fill in: nothing in it can be wrong, so it has no error summary. Every change
 * applies at once; the search applies after a pause in typing, or on Enter.
 */
export function InquiryFilters({ filter, onChange }: InquiryFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [{ data }] = useQuery({ query: InquiryChoicesQuery });
  const [search, setSearch] = useState(filter.search);

  // The URL may change under us (back button, "clear"): follow it.
  useEffect(() => setSearch(filter.search), [filter.search]);
  useEffect(() => {
    if (search === filter.search) return;
    const timer = setTimeout(() => onChange((current) => ({ ...current, search })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filter.search, onChange]);

  /** Sets one criterion, and the search typed so far with it. */
  const set = <K extends keyof InquiryListFilter>(key: K, value: InquiryListFilter[K]) => onChange((current) => ({ ...current, search, [key]: value }));
  const toggleKind = (kind: InquiryKind, on: boolean) =>
    onChange((current) => ({ ...current, search, kinds: on ? [...current.kinds.filter((k) => k !== kind), kind] : current.kinds.filter((k) => k !== kind) }));
  const single = (value: string) => (value ? [value] : []);

  return (
    <LiveForm className="inquiry-filters" aria-label={t('inquiries.filters')} role="search" onSubmit={() => onChange((current) => ({ ...current, search }))}>
      <Field label={t('inquiries.search')}>
        {(control) => <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field label={t('inquiries.field.from')}>
          {(control) => <input {...control} type="date" value={filter.from} onChange={(e) => set('from', e.target.value)} />}
        </Field>
        <Field label={t('inquiries.field.to')}>
          {(control) => <input {...control} type="date" value={filter.to} onChange={(e) => set('to', e.target.value)} />}
        </Field>
      </div>
      <fieldset className="checkbox-list form-group">
        <legend>{t('inquiries.field.kind')}</legend>
        {KIND_VALUES.map((kind) => (
          <div key={kind} className="checkbox">
            <input
              id={`${id}-kind-${kind}`}
              type="checkbox"
              checked={filter.kinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.target.checked)}
            />
            <label htmlFor={`${id}-kind-${kind}`}>{t(`inquiries.kind.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      <Field label={t('inquiries.field.orgUnit')} hint={t('inquiries.unitHint')}>
        {(control) => (
          <select {...control} value={filter.orgUnitId} onChange={(e) => set('orgUnitId', e.target.value)}>
            <option value="">{t('inquiries.anyUnit')}</option>
            {unitOptions(data?.orgUnits ?? [], { includeClosed: true }).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inquiries.field.category')}>
        {(control) => (
          <select {...control} value={filter.categoryIds[0] ?? ''} onChange={(e) => set('categoryIds', single(e.target.value))}>
            <option value="">{t('inquiries.anyCategory')}</option>
            {catalogOptions(data?.categories ?? [], filter.categoryIds).map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inquiries.field.outcome')}>
        {(control) => (
          <select {...control} value={filter.outcomeIds[0] ?? ''} onChange={(e) => set('outcomeIds', single(e.target.value))}>
            <option value="">{t('inquiries.anyOutcome')}</option>
            {catalogOptions(data?.outcomes ?? [], filter.outcomeIds).map((outcome) => (
              <option key={outcome.id} value={outcome.id}>
                {outcome.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inquiries.field.status')}>
        {(control) => (
          <select {...control} value={filter.statuses[0] ?? ''} onChange={(e) => set('statuses', single(e.target.value) as InquiryStatus[])}>
            <option value="">{t('inquiries.anyStatus')}</option>
            {STATUS_VALUES.map((status) => (
              <option key={status} value={status}>
                {t(`inquiries.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="checkbox">
        <input id={`${id}-overdue`} type="checkbox" checked={filter.overdue} onChange={(e) => set('overdue', e.target.checked)} />
        <label htmlFor={`${id}-overdue`}>{t('inquiries.onlyOverdue')}</label>
      </div>
      <FormFooter submitLabel={t('inquiries.applyFilters')} submitting={false}>
        <button type="button" className="button-secondary" onClick={() => onChange((current) => ({ ...EMPTY_FILTER, sort: current.sort }))}>
          {t('inquiries.clearFilters')}
        </button>
      </FormFooter>
    </LiveForm>
  );
}
