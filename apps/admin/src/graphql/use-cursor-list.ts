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
  /** Fetches again from the top as many rows as are shown (e.g. after a change the page cannot patch in), keeping them shown meanwhile. */
  reload: () => void;
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
  const reload = useCallback(() => {
    const shown = list;
    void (async () => {
      setState({ list: shown, fetching: true });
      let next: LoadedList<T> = EMPTY_LIST;
      do {
        const result = await client.query(query, { first: pageSize, after: next.endCursor }, { requestPolicy: 'network-only' }).toPromise();
        if (!result.data) return setState({ list: shown, fetching: false, error: result.error });
        next = appendPage(next, pageOf(result.data));
      } while (next.hasNextPage && next.nodes.length < shown.nodes.length);
      setState({ list: next, fetching: false });
    })();
    // `pageOf` picks the connection out of the answer; it does not change what is fetched.
  }, [client, query, pageSize, list]);

  return { list, fetching, error, loadMore, update, reload };
}
