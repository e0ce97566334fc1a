import { useTranslation } from 'react-i18next';
import type { InquiryListFieldsFragment } from '../gql/graphql';

/** Days to first contact and to close, with the overdue ones marked in words, not only in colour. */
export function ResponseTimeNote({ inquiry }: { inquiry: Pick<InquiryListFieldsFragment, 'responseTimes'> }) {
  const { t } = useTranslation();
  const { daysToFirstContact, daysToClose, firstContactOverdue, closeOverdue } = inquiry.responseTimes;
  return (
    <ul className="response-times">
      {firstContactOverdue ? (
        <li className="overdue">
          {daysToFirstContact === null ? t('inquiries.overdueFirstContactWaiting') : t('inquiries.overdueFirstContact', { count: daysToFirstContact })}
        </li>
      ) : daysToFirstContact !== null && daysToFirstContact !== undefined ? (
        <li>{t('inquiries.daysToFirstContact', { count: daysToFirstContact })}</li>
      ) : (
        <li className="muted">{t('inquiries.noFirstContactYet')}</li>
      )}
      {closeOverdue ? (
        <li className="overdue">{daysToClose === null ? t('inquiries.overdueCloseWaiting') : t('inquiries.overdueClose', { count: daysToClose })}</li>
      ) : (
        daysToClose !== null && daysToClose !== undefined && <li>{t('inquiries.daysToClose', { count: daysToClose })}</li>
      )}
    </ul>
  );
}
