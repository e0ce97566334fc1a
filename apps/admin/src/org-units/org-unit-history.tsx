import { useTranslation } from 'react-i18next';
import type { OrgUnitDetailsQuery } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/dates';
import { historyLine } from './history-line';

type UnitWithHistory = OrgUnitDetailsQuery['orgUnit'];

export function OrgUnitHistory({ unit }: { unit: UnitWithHistory }) {
  const { t, i18n } = useTranslation();
  const events = [...unit.history].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));

  return (
    <section aria-labelledby="org-unit-history-title">
      <h3 id="org-unit-history-title">{t('orgUnits.history.title')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('orgUnits.history.empty')}</p>
      ) : (
        <ol className="history">
          {events.map((event) => {
            const line = historyLine(event, unit);
            const values = Object.fromEntries(
              Object.entries(line.values).map(([name, value]) => [
                name,
                value ?? (line.key === 'moved' ? t('orgUnits.topLevel') : t('orgUnits.history.unknownUnit')),
              ]),
            );
            return (
              <li key={event.id}>
                <p>{t(`orgUnits.history.${line.key}`, values)}</p>
                <p className="muted">
                  {t('orgUnits.history.effective', { date: formatDay(event.effectiveDate, i18n.language) })}
                  {event.actorName && <> · {t('orgUnits.history.by', { actor: event.actorName })}</>}
                  {' · '}
                  <time dateTime={event.occurredAt}>{formatInstant(event.occurredAt, i18n.language)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
