import { pageRange } from './table-paging';

describe('table paging', () => {
  it('says which rows a page shows', () => {
    expect(pageRange(0, 25, 57)).toEqual({ from: 1, to: 25, total: 57, pageCount: 3, pageIndex: 0 });
    expect(pageRange(2, 25, 57)).toEqual({ from: 51, to: 57, total: 57, pageCount: 3, pageIndex: 2 });
  });

  it('keeps a page past the end on the last page, and shows nothing of an empty list', () => {
    expect(pageRange(9, 10, 15)).toEqual({ from: 11, to: 15, total: 15, pageCount: 2, pageIndex: 1 });
    expect(pageRange(0, 10, 0)).toEqual({ from: 0, to: 0, total: 0, pageCount: 1, pageIndex: 0 });
  });
});
