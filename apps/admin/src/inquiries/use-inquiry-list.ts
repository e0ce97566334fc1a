import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { InquiryFilter, InquiryListFieldsFragment, InquirySort } from '../gql/graphql';
import { EMPTY_LIST, appendPage, type LoadedList } from './cursor-list';
import { InquiriesQuery } from './inquiries.operations';

export const PAGE_SIZE = 50;

interface InquiryList {
  list: LoadedList<InquiryListFieldsFragment>;
  fetching: boolean;
  error: CombinedError | undefined;
  loadMore: () => void;
}

/**
 * The filtered list, a page at a time ("Vis flere" appends the next page). A new filter or sort
 * starts over from the first page; an answer for a filter that is no longer current is dropped.
 */
export function useInquiryList(filter: InquiryFilter, sort: InquirySort): InquiryList {
  const client = useClient();
  const key = JSON.stringify([filter, sort]);
  const [state, setState] = useState<{ key: string; list: LoadedList<InquiryListFieldsFragment>; fetching: boolean; error?: CombinedError }>({
    key: '',
    list: EMPTY_LIST,
    fetching: true,
  });

  const load = useCallback(
    async (after: string | null, base: LoadedList<InquiryListFieldsFragment>) => {
      setState((s) => ({ ...s, key, list: base, fetching: true, error: undefined }));
      const result = await client
        .query(InquiriesQuery, { filter, sort, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      setState((s) => {
        if (s.key !== key) return s;
        if (!result.data) return { ...s, fetching: false, error: result.error };
        return { key, list: appendPage(base, result.data.inquiries), fetching: false };
      });
    },
    // `key` stands for filter and sort, which are new objects on every render.
    [client, key],
  );

  useEffect(() => {
    void load(null, EMPTY_LIST);
  }, [load]);

  const current = state.key === key ? state : { list: EMPTY_LIST, fetching: true, error: undefined };
  const loadMore = useCallback(() => {
    if (current.list.hasNextPage && !current.fetching) void load(current.list.endCursor, current.list);
  }, [current.list, current.fetching, load]);

  return { list: current.list, fetching: current.fetching, error: current.error, loadMore };
}
