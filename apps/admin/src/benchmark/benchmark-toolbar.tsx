import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The year picker, with the download links or buttons beside it. */
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
              {choice}
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
