import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError, type TypedDocumentNode } from 'urql';
import { EMPTY_LIST, appendPage, type LoadedList, type Page } from '../inquiries/cursor-list';

export interface CursorList<T extends { id: string }> {
  list: LoadedList<T>;
  fetching: boolean;
  error: CombinedError | undefined;
  /** "Vis flere": appends the next page. */
  loadMore: () => void;
  /** Changes rows already loaded, e.g. with what a mutation answered, without fetching the pages again. */
  update: (change: (node: T) => T) => void;
}

/**
 * A list the API pages with a cursor connection (`first`/`after`), a page at a time: the first page on mount, the next
 * one appended on `loadMore`.
 */
export function useCursorList<Data, T extends { id: string }>(
  query: TypedDocumentNode<Data, { first: number; after?: string | null }>,
  pageOf: (data: Data) => Page<T>,
  pageSize: number,
): CursorList<T> {
  const client = useClient();
  const [state, setState] = useState<{ list: LoadedList<T>; fetching: boolean; error?: CombinedError }>({ list: EMPTY_LIST, fetching: true });

  const load = useCallback(
    async (after: string | null, base: LoadedList<T>) => {
      setState({ list: base, fetching: true });
      const result = await client.query(query, { first: pageSize, after }, { requestPolicy: 'network-only' }).toPromise();
      setState(result.data ? { list: appendPage(base, pageOf(result.data)), fetching: false } : { list: base, fetching: false, error: result.error });
    },
    // `pageOf` picks the connection out of the answer; it does not change what is fetched.
    [client, query, pageSize],
  );

  useEffect(() => {
    void load(null, EMPTY_LIST);
  }, [load]);

  const { list, fetching, error } = state;
  const loadMore = useCallback(() => {
    if (list.hasNextPage && !fetching) void load(list.endCursor, list);
  }, [list, fetching, load]);
  const update = useCallback((change: (node: T) => T) => setState((s) => ({ ...s, list: { ...s.list, nodes: s.list.nodes.map(change) } })), []);

  return { list, fetching, error, loadMore, update };
}
