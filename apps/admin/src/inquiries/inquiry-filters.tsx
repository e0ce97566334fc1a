import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { InquiryStatus } from '../gql/graphql';
import { catalogOptions, unitOptions } from './choices';
import { EMPTY_FILTER, KIND_VALUES, STATUS_VALUES, type InquiryListFilter } from './inquiry-filter';
import { InquiryChoicesQuery } from './inquiries.operations';

const SEARCH_DELAY_MS = 300;

interface InquiryFiltersProps {
  filter: InquiryListFilter;
  onChange: (filter: InquiryListFilter) => void;
}

/** Every change applies at once; the search applies after a pause in typing, or on Enter. */
export function InquiryFilters({ filter, onChange }: InquiryFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [{ data }] = useQuery({ query: InquiryChoicesQuery });
  const [search, setSearch] = useState(filter.search);

  // The URL may change under us (back button, "clear"): follow it.
  useEffect(() => setSearch(filter.search), [filter.search]);
  useEffect(() => {
    if (search === filter.search) return;
    const timer = setTimeout(() => onChange({ ...filter, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filter, onChange]);

  const set = <K extends keyof InquiryListFilter>(key: K, value: InquiryListFilter[K]) => onChange({ ...filter, search, [key]: value });
  const toggleKind = (kind: (typeof KIND_VALUES)[number], on: boolean) =>
    set('kinds', on ? [...filter.kinds, kind] : filter.kinds.filter((k) => k !== kind));

  return (
    <form
      className="inquiry-filters"
      aria-label={t('inquiries.filters')}
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...filter, search });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('inquiries.search')}</label>
        <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('inquiries.field.from')}</label>
          <input id={`${id}-from`} type="date" value={filter.from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('inquiries.field.to')}</label>
          <input id={`${id}-to`} type="date" value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </div>
      </div>
      <fieldset className="checkbox-list">
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
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('inquiries.field.orgUnit')}</label>
        <select id={`${id}-unit`} value={filter.orgUnitId} onChange={(e) => set('orgUnitId', e.target.value)} aria-describedby={`${id}-unit-hint`}>
          <option value="">{t('inquiries.anyUnit')}</option>
          {unitOptions(data?.orgUnits ?? [], { includeClosed: true }).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.label}
            </option>
          ))}
        </select>
        <p id={`${id}-unit-hint`} className="hint">
          {t('inquiries.unitHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('inquiries.field.category')}</label>
        <select
          id={`${id}-category`}
          value={filter.categoryIds[0] ?? ''}
          onChange={(e) => set('categoryIds', e.target.value ? [e.target.value] : [])}
        >
          <option value="">{t('inquiries.anyCategory')}</option>
          {catalogOptions(data?.categories ?? [], filter.categoryIds).map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>{t('inquiries.field.outcome')}</label>
        <select
          id={`${id}-outcome`}
          value={filter.outcomeIds[0] ?? ''}
          onChange={(e) => set('outcomeIds', e.target.value ? [e.target.value] : [])}
        >
          <option value="">{t('inquiries.anyOutcome')}</option>
          {catalogOptions(data?.outcomes ?? [], filter.outcomeIds).map((outcome) => (
            <option key={outcome.id} value={outcome.id}>
              {outcome.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('inquiries.field.status')}</label>
        <select
          id={`${id}-status`}
          value={filter.statuses[0] ?? ''}
          onChange={(e) => set('statuses', e.target.value ? [e.target.value as InquiryStatus] : [])}
        >
          <option value="">{t('inquiries.anyStatus')}</option>
          {STATUS_VALUES.map((status) => (
            <option key={status} value={status}>
              {t(`inquiries.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox">
        <input id={`${id}-overdue`} type="checkbox" checked={filter.overdue} onChange={(e) => set('overdue', e.target.checked)} />
        <label htmlFor={`${id}-overdue`}>{t('inquiries.onlyOverdue')}</label>
      </div>
      <div className="form-buttons">
        <button type="submit">{t('inquiries.applyFilters')}</button>
        <button type="button" onClick={() => onChange({ ...EMPTY_FILTER, sort: filter.sort })}>
          {t('inquiries.clearFilters')}
        </button>
      </div>
    </form>
  );
}
