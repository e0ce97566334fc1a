import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDay } from '../i18n/dates';
import { ErrorAlert } from '../ui/error-alert';
import { ORG_UNIT_QUERY_CONTEXT } from './org-unit-context';
import { OrgUnitHistory } from './org-unit-history';
import { OrgUnitDetailsQuery } from './org-units.operations';

export function OrgUnitDetails({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: OrgUnitDetailsQuery, variables: { id: unitId }, context: ORG_UNIT_QUERY_CONTEXT });
  const unit = data?.orgUnit;

  if (!unit) {
    return fetching ? <p aria-busy="true">{t('common.loading')}</p> : <ErrorAlert error={error} />;
  }

  const day = (iso: string) => formatDay(iso, i18n.language);
  const names = (units: { id: string; name: string }[]) => units.map((u) => u.name).join(', ');

  return (
    <div className="org-unit-details">
      <h2 className={unit.closed ? 'closed' : undefined}>{unit.name}</h2>
      <dl>
        {unit.shortName && (
          <>
            <dt>{t('orgUnits.field.shortName')}</dt>
            <dd>{unit.shortName}</dd>
          </>
        )}
        <dt>{t('orgUnits.field.kind')}</dt>
        <dd>{t(`orgUnits.kind.${unit.kind}`)}</dd>
        <dt>{t('orgUnits.field.parent')}</dt>
        <dd>{unit.parent?.name ?? t('orgUnits.topLevel')}</dd>
        <dt>{t('orgUnits.field.status')}</dt>
        <dd>{unit.closed ? t('orgUnits.status.closed') : t('orgUnits.status.open')}</dd>
        <dt>{t('orgUnits.field.validFrom')}</dt>
        <dd>{day(unit.validFrom)}</dd>
        {unit.validTo && (
          <>
            <dt>{t('orgUnits.field.validTo')}</dt>
            <dd>{day(unit.validTo)}</dd>
          </>
        )}
        {unit.note && (
          <>
            <dt>{t('orgUnits.field.note')}</dt>
            <dd className="org-unit-note">{unit.note}</dd>
          </>
        )}
        {unit.predecessors.length > 0 && (
          <>
            <dt>{t('orgUnits.field.predecessors')}</dt>
            <dd>{names(unit.predecessors)}</dd>
          </>
        )}
        {unit.successors.length > 0 && (
          <>
            <dt>{t('orgUnits.field.successors')}</dt>
            <dd>{names(unit.successors)}</dd>
          </>
        )}
      </dl>
      <OrgUnitHistory unit={unit} />
    </div>
  );
}
