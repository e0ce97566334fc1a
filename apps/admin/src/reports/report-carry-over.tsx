import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatCompliance } from '../follow-up/follow-up-view';
import { ErrorAlert } from '../ui/error-alert';
import { reportLanguage } from './report-format';
import { ReportCarryOverQuery } from './report-follow-up.operations';

/** The previous report's recommendations with how far they got, the departments' answers and the share implemented. */
export function ReportCarryOver({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [{ data, error }] = useQuery({ query: ReportCarryOverQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const carryOver = data?.report.carryOver;
  const language = reportLanguage(i18n.language);
  const share = (compliance: { total: number; implemented: number }) => formatCompliance(compliance, language, t('followUp.carryOver.of'));

  return (
    <section className="report-carry-over" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('followUp.carryOver.heading')}</h3>
      <ErrorAlert error={error} />
      {carryOver && !carryOver.previousReport && <p className="muted">{t('followUp.carryOver.noPrevious')}</p>}
      {carryOver?.previousReport && (
        <>
          <p>{t('followUp.carryOver.intro', { title: carryOver.previousReport.title })}</p>
          {carryOver.recommendations.length === 0 ? (
            <p className="muted">{t('followUp.carryOver.none')}</p>
          ) : (
            <table className="data-table report-table">
              <caption>{t('followUp.carryOver.recommendations')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('followUp.carryOver.recommendation')}</th>
                  <th scope="col">{t('followUp.statusLabel')}</th>
                  <th scope="col">{t('followUp.carryOver.followUps')}</th>
                </tr>
              </thead>
              <tbody>
                {carryOver.recommendations.map((recommendation) => (
                  <tr key={recommendation.id}>
                    <th scope="row">
                      {recommendation.title}
                      <span className="hint muted">
                        {recommendation.orgUnits.length === 0 ? t('reportSections.recommendation.general') : recommendation.orgUnits.map((u) => u.name).join(', ')}
                      </span>
                    </th>
                    <td>{t(`followUp.status.${recommendation.status}`)}</td>
                    <td>
                      {recommendation.followUps.length === 0 ? (
                        <span className="muted">{t('followUp.noAnswer')}</span>
                      ) : (
                        recommendation.followUps.map((followUp) => (
                          <div key={followUp.orgUnitId}>
                            <strong>{followUp.orgUnitName}</strong>
                            <p className="free-text">{followUp.text}</p>
                          </div>
                        ))
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <table className="data-table report-table">
            <caption>{t('followUp.carryOver.compliance')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUp.carryOver.department')}</th>
                <th scope="col" className="number">
                  {t('followUp.carryOver.implemented')}
                </th>
                <th scope="col" className="number">
                  {t('followUp.carryOver.partly')}
                </th>
              </tr>
            </thead>
            <tbody>
              {carryOver.departments.map((department) => (
                <tr key={department.orgUnitId}>
                  <th scope="row">{department.orgUnitName}</th>
                  <td className="number">{share(department)}</td>
                  <td className="number">{department.partlyImplemented}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('followUp.carryOver.overall')}</th>
                <td className="number" data-testid="compliance-overall">
                  {share(carryOver.tenant)}
                </td>
                <td className="number">{carryOver.tenant.partlyImplemented}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}
