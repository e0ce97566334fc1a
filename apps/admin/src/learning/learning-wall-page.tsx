import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentComplaintsQuery as DepartmentComplaintsResult } from '../gql/graphql';
import { useCursorList } from '../graphql/use-cursor-list';
import { formatDay, formatInstant } from '../i18n/dates';
import { CursorTable } from '../ui/cursor-table';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { LearningEntryForm } from './learning-entry-form';
import { DepartmentComplaintsQuery } from './learning.operations';
import { recurKey } from './recurrence';

type Complaint = DepartmentComplaintsResult['departmentComplaints']['edges'][number]['node'];
type LearningEntry = Complaint['learningEntries'][number];

/** Complaints fetched at a time: one page of the table. */
export const COMPLAINT_PAGE_SIZE = 25;
const complaintsOf = (data: DepartmentComplaintsResult) => data.departmentComplaints;
const column = createColumnHelper<Complaint>();

/** What the contacts wrote about one complaint, oldest first. */
function LearningEntries({ entries }: { entries: readonly LearningEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <span className="muted">{t('learning.noEntries')}</span>;
  return (
    <ul className="learning-entries">
      {entries.map((entry) => (
        <li key={entry.id}>
          <dl className="details-list">
            <dt>{t('learning.whatWentWrong')}</dt>
            <dd className="free-text">{entry.whatWentWrong}</dd>
            <dt>{t('learning.why')}</dt>
            <dd className="free-text">{entry.why}</dd>
            <dt>{t('learning.whatWasLearnt')}</dt>
            <dd className="free-text">{entry.whatWasLearnt}</dd>
            <dt>{t('learning.canRecur')}</dt>
            <dd>{t(`learning.recur.${recurKey(entry.canRecur)}`)}</dd>
            <dt>{t('learning.prevention')}</dt>
            <dd className="free-text">{entry.prevention}</dd>
          </dl>
          <p className="muted">{t('learning.by', { author: entry.authorName ?? '', date: formatInstant(entry.createdAt, i18n.language) })}</p>
        </li>
      ))}
    </ul>
  );
}

/** The department contact's læringsvæg: complaints in their units, without any citizen data, a page at a time. */
export function LearningWallPage() {
  const { t, i18n } = useTranslation();
  const complaints = useCursorList(DepartmentComplaintsQuery, complaintsOf, COMPLAINT_PAGE_SIZE);
  const { error, update } = complaints;
  const [writing, setWriting] = useState<Complaint | null>(null);
  const [notice, setNotice] = useState('');
  const day = useMemo(() => (iso: string | null | undefined) => (iso ? formatDay(iso, i18n.language) : t('inquiries.none')), [t, i18n.language]);

  const columns = useMemo(
    () => [
      column.accessor('receivedOn', {
        header: t('learning.complaintColumn'),
        meta: { rowHeader: true },
        cell: (cell) => t('learning.complaint', { date: day(cell.getValue()) }),
      }),
      column.accessor((complaint) => complaint.orgUnit?.name ?? t('inquiries.noUnit'), { id: 'orgUnit', header: t('inquiries.field.orgUnit') }),
      column.accessor((complaint) => complaint.categories.map((c) => c.name).join(', ') || t('inquiries.none'), {
        id: 'categories',
        header: t('inquiries.field.categories'),
      }),
      column.accessor('firstContactOn', { header: t('inquiries.field.firstContactOn'), cell: (cell) => day(cell.getValue()) }),
      column.accessor('closedOn', { header: t('inquiries.field.closedOn'), cell: (cell) => day(cell.getValue()) }),
      column.display({ id: 'entries', header: t('learning.entries'), cell: (cell) => <LearningEntries entries={cell.row.original.learningEntries} /> }),
      column.display({
        id: 'write',
        header: () => <span className="visually-hidden">{t('learning.actions')}</span>,
        cell: ({ row: { original: complaint } }) => (
          <button
            type="button"
            aria-label={t('learning.writeNamed', { date: day(complaint.receivedOn) })}
            onClick={() => {
              setNotice('');
              setWriting(complaint);
            }}
          >
            {t('learning.write')}
          </button>
        ),
      }),
    ],
    [t, day],
  );

  return (
    <Page title={t('learning.title')} className="learning-wall">
      <p>{t('learning.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      <ErrorAlert error={error} />
      <CursorTable caption={t('learning.title')} columns={columns} rows={complaints} pageKey="complaints" emptyText={t('learning.empty')} />
      {writing && (
        <Dialog title={t('learning.dialogTitle', { date: day(writing.receivedOn) })} onClose={() => setWriting(null)}>
          <LearningEntryForm
            inquiryId={writing.id}
            onCancel={() => setWriting(null)}
            onDone={(entry) => {
              update((complaint) => (complaint.id === entry.inquiryId ? { ...complaint, learningEntries: [...complaint.learningEntries, entry] } : complaint));
              setWriting(null);
              setNotice(t('learning.saved'));
            }}
          />
        </Dialog>
      )}
    </Page>
  );
}
