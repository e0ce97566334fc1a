import { BenchmarkMemo, MAX_MEMO_RESULTS } from './benchmark-memo';

const data = (version: number) => JSON.stringify({ taxonomy_version: version, taxonomy: [], tenants: [], population: [], periods: [], counts: [], comments: [] });

describe('BenchmarkMemo', () => {
  it('builds once per key while the data text stays the same, and anew when it changes', () => {
    const memo = new BenchmarkMemo<{ version: number }>();
    const build = jest.fn((d: { taxonomyVersion: number }) => ({ version: d.taxonomyVersion }));
    expect(memo.resultOf(data(1), 'a', build)).toEqual({ version: 1 });
    expect(memo.resultOf(data(1), 'a', build)).toEqual({ version: 1 });
    expect(build).toHaveBeenCalledTimes(1);
    memo.resultOf(data(1), 'b', build);
    expect(build).toHaveBeenCalledTimes(2);
    expect(memo.resultOf(data(2), 'a', build)).toEqual({ version: 2 });
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('keeps at most MAX_MEMO_RESULTS answers, dropping the least recently used', () => {
    const memo = new BenchmarkMemo<string>();
    const build = jest.fn(() => 'built');
    for (let i = 0; i <= MAX_MEMO_RESULTS; i += 1) memo.resultOf(data(1), `key${i}`, build);
    expect(build).toHaveBeenCalledTimes(MAX_MEMO_RESULTS + 1);
    memo.resultOf(data(1), `key${MAX_MEMO_RESULTS}`, build);
    expect(build).toHaveBeenCalledTimes(MAX_MEMO_RESULTS + 1);
    memo.resultOf(data(1), 'key0', build);
    expect(build).toHaveBeenCalledTimes(MAX_MEMO_RESULTS + 2);
  });
});
