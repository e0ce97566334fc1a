import { useTranslation } from 'react-i18next';
import type { InquiryListFieldsFragment, InquirySort } from '../gql/graphql';
import { formatDay } from '../i18n/dates';
import { nextSort } from './inquiry-filter';
import { ResponseTimeNote } from './response-time-note';

type Column = 'received' | 'reference';

interface InquiryTableProps {
  inquiries: readonly InquiryListFieldsFragment[];
  sort: InquirySort;
  onSort: (sort: InquirySort) => void;
}

function sortState(sort: InquirySort, column: Column): 'ascending' | 'descending' | 'none' {
  const prefix = column === 'received' ? 'RECEIVED_' : 'REFERENCE_';
  if (!sort.startsWith(prefix)) return 'none';
  return sort.endsWith('_ASC') ? 'ascending' : 'descending';
}

export function InquiryTable({ inquiries, sort, onSort }: InquiryTableProps) {
  const { t, i18n } = useTranslation();
  const header = (column: Column, label: string) => {
    const state = sortState(sort, column);
    return (
      <th scope="col" aria-sort={state}>
        <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column))}>
          {label}
          <span aria-hidden="true">{state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <table className="data-table inquiry-table">
      <caption className="visually-hidden">{t('inquiries.results')}</caption>
      <thead>
        <tr>
          {header('reference', t('inquiries.field.reference'))}
          {header('received', t('inquiries.field.receivedOn'))}
          <th scope="col">{t('inquiries.field.kind')}</th>
          <th scope="col">{t('inquiries.field.citizen')}</th>
          <th scope="col">{t('inquiries.field.orgUnit')}</th>
          <th scope="col">{t('inquiries.field.status')}</th>
          <th scope="col">{t('inquiries.field.responseTimes')}</th>
        </tr>
      </thead>
      <tbody>
        {inquiries.map((inquiry) => {
          const overdue = inquiry.responseTimes.firstContactOverdue || inquiry.responseTimes.closeOverdue;
          return (
            <tr key={inquiry.id} className={overdue ? 'overdue-row' : undefined}>
              <th scope="row">
                <a href={`#/inquiries/${encodeURIComponent(inquiry.id)}`}>{inquiry.reference}</a>
              </th>
              <td>{formatDay(inquiry.receivedOn, i18n.language)}</td>
              <td>{t(`inquiries.kind.${inquiry.kind}`)}</td>
              <td>{inquiry.citizen.displayName}</td>
              <td>{inquiry.orgUnit?.name ?? ''}</td>
              <td>{t(`inquiries.status.${inquiry.status}`)}</td>
              <td>
                <ResponseTimeNote inquiry={inquiry} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
