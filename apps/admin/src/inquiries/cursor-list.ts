/** One page of a cursor connection, as the API returns it. */
export interface Page<T extends { id: string }> {
  edges: readonly { cursor: string; node: T }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number;
}

export interface LoadedList<T extends { id: string }> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
}

export const EMPTY_LIST: LoadedList<never> = { nodes: [], endCursor: null, hasNextPage: false, totalCount: null };

/**
 * Appends the next page ("Vis flere"). A row that was already shown is kept once, in its
 * first place: rows inserted meanwhile may push an already loaded row onto the next page.
 */
export function appendPage<T extends { id: string }>(loaded: LoadedList<T>, page: Page<T>): LoadedList<T> {
  const seen = new Set(loaded.nodes.map((node) => node.id));
  const added = page.edges.map((edge) => edge.node).filter((node) => !seen.has(node.id));
  return {
    nodes: [...loaded.nodes, ...added],
    endCursor: page.pageInfo.endCursor ?? loaded.endCursor,
    hasNextPage: page.pageInfo.hasNextPage,
    totalCount: page.totalCount ?? loaded.totalCount,
  };
}
