import { EMPTY_LIST, appendPage, type LoadedList } from './cursor-list';

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount?: number) => ({
  edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id } })),
  pageInfo: { endCursor, hasNextPage },
  totalCount,
});

describe('cursor list', () => {
  it('starts from the first page', () => {
    expect(appendPage<{ id: string }>(EMPTY_LIST, page(['a', 'b'], 'c-b', true, 5))).toEqual({
      nodes: [{ id: 'a' }, { id: 'b' }],
      endCursor: 'c-b',
      hasNextPage: true,
      totalCount: 5,
    });
  });

  it('appends the next page in order and keeps a row seen twice once', () => {
    const first: LoadedList<{ id: string }> = appendPage(EMPTY_LIST, page(['a', 'b'], 'c-b', true, 4));
    const second = appendPage(first, page(['b', 'c', 'd'], 'c-d', false));
    expect(second.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(second).toMatchObject({ endCursor: 'c-d', hasNextPage: false, totalCount: 4 });
  });

  it('keeps the last cursor when a page comes back empty', () => {
    const first = appendPage<{ id: string }>(EMPTY_LIST, page(['a'], 'c-a', true));
    expect(appendPage(first, page([], null, false))).toMatchObject({ endCursor: 'c-a', hasNextPage: false });
  });
});
