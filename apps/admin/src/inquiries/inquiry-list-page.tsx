import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { pathTo } from '../shell/app-paths';
import { useRouteQuery } from '../shell/use-route-query';
import { Page } from '../ui/page';
import { ErrorAlert } from '../ui/error-alert';
import { ExportButtons } from './export-buttons';
import { InquiryCounts } from './inquiry-counts';
import { apiFilterOf, filterFromQuery, filterToQuery, type FilterUpdate } from './inquiry-filter';
import { InquiryFilters } from './inquiry-filters';
import { InquiryTable } from './inquiry-table';
import { InquiryCountsQuery } from './inquiries.operations';
import { useInquiryList } from './use-inquiry-list';
import { useNotice } from './notice';
import { Shortcut } from '../ui/shortcut';

/** The advisor's list of inquiries; the filter lives in the URL, so a filtered list can be bookmarked and reloaded. */
export function InquiryListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, replaceQuery] = useRouteQuery();
  const notice = useNotice();
  const filter = useMemo(() => filterFromQuery(query), [query]);
  const apiFilter = useMemo(() => apiFilterOf(filter), [filter]);
  const { list, fetching, error, loadMore } = useInquiryList(apiFilter, filter.sort);
  const [counts] = useQuery({ query: InquiryCountsQuery, variables: { filter: apiFilter }, requestPolicy: 'cache-and-network' });

  // Alt+N registers a new inquiry from anywhere on the list.
  useEffect(() => {
    const shortcut = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        void navigate(pathTo('/inquiries/new'));
      }
    };
    window.addEventListener('keydown', shortcut);
    return () => window.removeEventListener('keydown', shortcut);
  }, [navigate]);

  // Each change is made to the filter in the URL as it is now, so a late search cannot undo a checkbox.
  const change = useCallback(
    (update: FilterUpdate) => replaceQuery((current) => filterToQuery(update(filterFromQuery(current)))),
    [replaceQuery],
  );

  return (
    <Page
      title={t('inquiries.title')}
      className="inquiries-page"
      actions={
        <button type="button" className="primary" onClick={() => void navigate(pathTo('/inquiries/new'))} aria-keyshortcuts="Alt+N">
          {t('inquiries.register')} <Shortcut keys="Alt+N" />
        </button>
      }
    >
      <p role="status" className="notice">
        {notice}
      </p>
      <div className="inquiries-layout">
        <InquiryFilters filter={filter} onChange={change} />
        <div className="inquiries-results">
          <InquiryCounts counts={counts.data?.inquiryCounts} />
          <div className="toolbar">
            <ExportButtons filter={apiFilter} />
          </div>
          <ErrorAlert error={error} />
          <InquiryTable
            inquiries={list.nodes}
            sort={filter.sort}
            onSort={(sort) => change((current) => ({ ...current, sort }))}
            loading={fetching}
            footer={
              <div className="list-footer">
                {list.totalCount !== null && (
                  <p className="muted" aria-live="polite">
                    {t('inquiries.shown', { shown: list.nodes.length, total: list.totalCount })}
                  </p>
                )}
                {list.hasNextPage && (
                  <button type="button" onClick={loadMore} disabled={fetching}>
                    {t('inquiries.showMore')}
                  </button>
                )}
              </div>
            }
          />
        </div>
      </div>
    </Page>
  );
}
