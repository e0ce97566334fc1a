import { importProgress } from './import-progress';

describe('import progress', () => {
  it('is unknown until the file has been read', () => {
    expect(importProgress({ status: 'queued', totalRows: null, processedRows: 0 })).toEqual({ percent: null, finished: false, succeeded: false });
  });

  it('counts rows while running, rounding down so 100 % means done', () => {
    expect(importProgress({ status: 'running', totalRows: 3, processedRows: 2 }).percent).toBe(66);
    expect(importProgress({ status: 'running', totalRows: 10_000, processedRows: 9_999 }).percent).toBe(99);
  });

  it('is finished on success and on rejection', () => {
    expect(importProgress({ status: 'succeeded', totalRows: 5, processedRows: 5 })).toEqual({ percent: 100, finished: true, succeeded: true });
    expect(importProgress({ status: 'failed', totalRows: 5, processedRows: 2 })).toMatchObject({ finished: true, succeeded: false });
  });
});
