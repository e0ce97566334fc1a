import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reportLanguage } from '../reports/report-format';
import { formatDate, isProvisional, provisionalAsOf } from './benchmark-view';

/**
 * A notice above the figures of a year that is not over: they are provisional, counted as of the date of the data
 * (when they were last published; today when the API does not say).
 */
export function ProvisionalNotice({ year, updatedAt }: { year: number; updatedAt: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  const date = provisionalAsOf(year, updatedAt, new Date());
  if (date === null) return null;
  return (
    <p className="benchmark-provisional" data-provisional="">
      {t('benchmark.provisional', { year, date: formatDate(date, reportLanguage(i18n.language)) })}
    </p>
  );
}

/** The year picker, with the download links or buttons beside it; a year that is not over reads "(foreløbig)". */
export function BenchmarkToolbar({ year, years, onYear, downloads }: { year: number; years: readonly number[]; onYear: (year: number) => void; downloads: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  // The year shown is always a choice, even when the benchmark has no figures for it yet.
  const choices = [...new Set([...years, year])].sort((a, b) => b - a);
  return (
    <div className="toolbar benchmark-toolbar">
      <div className="field">
        <label htmlFor={id}>{t('benchmark.year')}</label>
        <select id={id} value={String(year)} onChange={(event) => onYear(Number(event.currentTarget.value))}>
          {choices.map((choice) => (
            <option key={choice} value={String(choice)}>
              {isProvisional(choice, new Date()) ? t('benchmark.provisionalYear', { year: choice }) : choice}
            </option>
          ))}
        </select>
      </div>
      <div className="benchmark-downloads" role="group" aria-label={t('benchmark.downloads')}>
        {downloads}
      </div>
    </div>
  );
}
