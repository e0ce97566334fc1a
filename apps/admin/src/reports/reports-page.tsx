import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { mayPreviewReports } from '@raadgiver/domain';
import { useSession } from '../auth/auth-context';
import { rolesOf } from '../shell/navigation';
import { useRouteQuery } from '../shell/use-route-query';
import { Page } from '../ui/page';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { LiveForm } from '../ui/form';
import { ReportFigures } from './report-figures';
import { ReportSection } from './report-section';
import { calendarYear, calendarYearOf, choiceFromQuery, choiceToQuery, periodInputs, type PeriodChoice } from './report-period';
import { ReportPreviewQuery } from './reports.operations';
import { PublishedReportsPage } from './published-reports';

const YEARS_BACK = 15;

/** The period applies as it is typed (it is the page's URL), so its fields stand outside a submitted `Form`. */
function DateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return <Field label={label}>{(control) => <input {...control} type="date" value={value} onChange={(event) => onChange(event.currentTarget.value)} />}</Field>;
}

function PeriodPicker({ choice, onChange }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  const chosenYear = calendarYearOf(choice);
  const set = (key: keyof PeriodChoice) => (value: string) => onChange({ ...choice, [key]: value });
  return (
    <LiveForm className="report-periods" aria-label={t('reports.periods')}>
      <Field label={t('reports.calendarYear')} hint={t('reports.calendarYearHint')}>
        {(control) => (
          <select
            {...control}
            value={chosenYear === null ? '' : String(chosenYear)}
            onChange={(event) => {
              const year = Number(event.currentTarget.value);
              if (Number.isInteger(year) && year > 0) onChange(calendarYear(year));
            }}
          >
            <option value="">{t('reports.chooseYear')}</option>
            {chosenYear !== null && !years.includes(chosenYear) && <option value={String(chosenYear)}>{chosenYear}</option>}
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('reports.period')}</legend>
        <div className="field-row">
          <DateField label={t('reports.from')} value={choice.from} onChange={set('from')} />
          <DateField label={t('reports.to')} value={choice.to} onChange={set('to')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('reports.comparison')}</legend>
        <div className="field-row">
          <DateField label={t('reports.from')} value={choice.comparisonFrom} onChange={set('comparisonFrom')} />
          <DateField label={t('reports.to')} value={choice.comparisonTo} onChange={set('comparisonTo')} />
        </div>
        <p className="hint">{t('reports.comparisonHint')}</p>
      </fieldset>
    </LiveForm>
  );
}

/**
 * An advisor's reports page: the report for a chosen period and the live preview of its figures with a comparison
 * period. Everyone else (a council viewer) reads the published reports only, newest first: no preview is asked for.
 */
export function ReportsPage() {
  const { me } = useSession();
  return mayPreviewReports(rolesOf(me)) ? <ReportWorkspace /> : <PublishedReportsPage />;
}

function ReportWorkspace() {
  const { t } = useTranslation();
  const [query, replaceQuery] = useRouteQuery();
  const choice = choiceFromQuery(query, calendarYear(new Date().getFullYear() - 1));
  const chosen = periodInputs(choice);
  const inputs = 'inputs' in chosen ? chosen.inputs : null;
  const [{ data, error, fetching }] = useQuery({
    query: ReportPreviewQuery,
    variables: inputs ?? { period: { from: '', to: '' } },
    pause: inputs === null,
  });
  const figures = inputs ? data?.reportPreview : undefined;

  return (
    <Page title={t('reports.title')} className="reports-page">
      <p>{t('reports.intro')}</p>
      <PeriodPicker choice={choice} onChange={(next) => replaceQuery(choiceToQuery(next))} />
      <p role="status" className="field-error">
        {'problem' in chosen ? t(`reports.problem.${chosen.problem}`) : ''}
      </p>
      <ErrorAlert error={error} />
      {inputs && <ReportSection inputs={inputs} />}
      <h2 className="report-preview-title">{t('reports.previewTitle')}</h2>
      {fetching && <p aria-busy="true">{t('common.loading')}</p>}
      {figures && <ReportFigures figures={figures} />}
    </Page>
  );
}
