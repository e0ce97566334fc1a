import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetailsQuery } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/dates';
import { historyLine, type HistoryLine } from './history-line';

type UnitWithHistory = OrgUnitDetailsQuery['orgUnit'];

function describe(line: HistoryLine, t: TFunction): string {
  const parent = (name: string | null) => name ?? t('orgUnits.topLevel');
  const other = (name: string | null) => name ?? t('orgUnits.history.unknownUnit');
  switch (line.key) {
    case 'created':
    case 'closed':
    case 'reopened':
      return t(`orgUnits.history.${line.key}`);
    case 'renamed':
      return t('orgUnits.history.renamed', { from: other(line.from), to: other(line.to) });
    case 'moved':
      return t('orgUnits.history.moved', { from: parent(line.from), to: parent(line.to) });
    case 'mergedInto':
      return t('orgUnits.history.mergedInto', { name: other(line.name) });
    case 'mergedFrom':
      return t('orgUnits.history.mergedFrom', { name: other(line.name) });
    case 'mergedWith':
      return t('orgUnits.history.mergedWith', { name: other(line.name) });
  }
}

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
          {events.map((event) => (
            <li key={event.id}>
              <p>{describe(historyLine(event, unit), t)}</p>
              <p className="muted">
                {t('orgUnits.history.effective', { date: formatDay(event.effectiveDate, i18n.language) })}
                {event.actorName && <> · {t('orgUnits.history.by', { actor: event.actorName })}</>}
                {' · '}
                <time dateTime={event.occurredAt}>{formatInstant(event.occurredAt, i18n.language)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
