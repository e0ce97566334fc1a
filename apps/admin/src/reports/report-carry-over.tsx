import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatCompliance } from '../follow-up/follow-up-view';
import type { ReportCarryOverQuery as ReportCarryOverResult } from '../gql/graphql';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { reportLanguage } from './report-format';
import { ReportCarryOverQuery } from './report-follow-up.operations';

type CarryOver = NonNullable<ReportCarryOverResult['report']['carryOver']>;
type CarriedRecommendation = CarryOver['recommendations'][number];
type DepartmentCompliance = CarryOver['departments'][number];

const recommendationColumn = createColumnHelper<CarriedRecommendation>();
const departmentColumn = createColumnHelper<DepartmentCompliance>();

/** The previous report's recommendations with how far they got, the departments' answers and the share implemented. */
export function ReportCarryOver({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [{ data, error }] = useQuery({ query: ReportCarryOverQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const carryOver = data?.report.carryOver;
  const language = reportLanguage(i18n.language);
  const tenant = carryOver?.tenant;

  const recommendationColumns = useMemo(
    () => [
      recommendationColumn.accessor('title', {
        header: t('followUp.carryOver.recommendation'),
        meta: { rowHeader: true },
        cell: ({ row: { original: recommendation } }) => (
          <>
            {recommendation.title}
            <span className="hint muted">
              {recommendation.orgUnits.length === 0 ? t('reportSections.recommendation.general') : recommendation.orgUnits.map((u) => u.name).join(', ')}
            </span>
          </>
        ),
      }),
      recommendationColumn.accessor('status', { header: t('followUp.statusLabel'), cell: (cell) => t(`followUp.status.${cell.getValue()}`) }),
      recommendationColumn.display({
        id: 'followUps',
        header: t('followUp.carryOver.followUps'),
        cell: ({ row: { original: recommendation } }) =>
          recommendation.followUps.length === 0 ? (
            <span className="muted">{t('followUp.noAnswer')}</span>
          ) : (
            recommendation.followUps.map((followUp) => (
              <div key={followUp.orgUnitId}>
                <strong>{followUp.orgUnitName}</strong>
                <p className="free-text">{followUp.text}</p>
              </div>
            ))
          ),
      }),
    ],
    [t],
  );

  const departmentColumns = useMemo(() => {
    const share = (compliance: { total: number; implemented: number }) => formatCompliance(compliance, language, t('followUp.carryOver.of'));
    return [
      departmentColumn.accessor('orgUnitName', { header: t('followUp.carryOver.department'), meta: { rowHeader: true }, footer: t('followUp.carryOver.overall') }),
      departmentColumn.accessor((department) => department.implemented / Math.max(department.total, 1), {
        id: 'implemented',
        header: t('followUp.carryOver.implemented'),
        meta: { numeric: true },
        cell: ({ row: { original: department } }) => share(department),
        footer: () => <span data-testid="compliance-overall">{tenant ? share(tenant) : ''}</span>,
      }),
      departmentColumn.accessor('partlyImplemented', {
        header: t('followUp.carryOver.partly'),
        meta: { numeric: true },
        footer: () => tenant?.partlyImplemented,
      }),
    ];
  }, [t, language, tenant]);

  return (
    <section className="report-carry-over" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('followUp.carryOver.heading')}</h3>
      <ErrorAlert error={error} />
      {carryOver && !carryOver.previousReport && <p className="muted">{t('followUp.carryOver.noPrevious')}</p>}
      {carryOver?.previousReport && (
        <>
          <p>{t('followUp.carryOver.intro', { title: carryOver.previousReport.title })}</p>
          <DataTable
            caption={t('followUp.carryOver.recommendations')}
            columns={recommendationColumns}
            data={carryOver.recommendations}
            getRowId={(recommendation) => recommendation.id}
            emptyText={t('followUp.carryOver.none')}
          />
          <DataTable
            caption={t('followUp.carryOver.compliance')}
            columns={departmentColumns}
            data={carryOver.departments}
            getRowId={(department) => department.orgUnitId}
          />
        </>
      )}
    </section>
  );
}
