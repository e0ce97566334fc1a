import { BenchmarkMemo, MAX_MEMO_RESULTS, VersionedBenchmarkData } from './benchmark-memo';

const text = (version: number) => JSON.stringify({ taxonomy_version: version, taxonomy: [], tenants: [], population: [], periods: [], counts: [], comments: [] });
/** The statement's answer with the text, as to a caller that did not hold the version. */
const full = (version: number): VersionedBenchmarkData => ({ version: `v${version}`, data: text(version) });
/** The statement's answer without the text, as to a caller that sent the version. */
const versionOnly = (version: number): VersionedBenchmarkData => ({ version: `v${version}`, data: null });

describe('BenchmarkMemo', () => {
  it('builds once per key while the version stays the same, and anew when it changes', () => {
    const memo = new BenchmarkMemo<{ version: number }>();
    const build = jest.fn((d: { taxonomyVersion: number }) => ({ version: d.taxonomyVersion }));
    expect(memo.resultOf(full(1), 'a', build)).toEqual({ version: 1 });
    expect(memo.resultOf(versionOnly(1), 'a', build)).toEqual({ version: 1 });
    expect(build).toHaveBeenCalledTimes(1);
    memo.resultOf(versionOnly(1), 'b', build);
    expect(build).toHaveBeenCalledTimes(2);
    expect(memo.resultOf(full(2), 'a', build)).toEqual({ version: 2 });
    expect(build).toHaveBeenCalledTimes(3);
  });

  it("holds a key's answer only for the version it was built from, and nothing once cleared", () => {
    const memo = new BenchmarkMemo<number>();
    expect(memo.holds('v1', 'a')).toBe(false);
    memo.resultOf(full(1), 'a', () => 1);
    expect(memo.holds('v1', 'a')).toBe(true);
    expect(memo.holds('v1', 'b')).toBe(false);
    expect(memo.holds('v2', 'a')).toBe(false);
    memo.clear();
    expect(memo.holds('v1', 'a')).toBe(false);
    expect(memo.knownVersion).toBe('');
  });

  it('asks for the text until it holds a version, then sends that version', () => {
    const memo = new BenchmarkMemo<number>();
    expect(memo.knownVersion).toBe('');
    memo.dataOf(full(1));
    expect(memo.knownVersion).toBe('v1');
  });

  it('cannot serve an answer without the text of a version it no longer holds', () => {
    const memo = new BenchmarkMemo<number>();
    expect(memo.canServe(versionOnly(1))).toBe(false);
    memo.dataOf(full(1));
    expect(memo.canServe(versionOnly(1))).toBe(true);
    // A concurrent request read newer aggregates while this one was sent with v1.
    memo.dataOf(full(2));
    expect(memo.canServe(versionOnly(1))).toBe(false);
    expect(memo.canServe(full(1))).toBe(true);
    expect(() => memo.dataOf(versionOnly(1))).toThrow(/not held/);
  });

  it('keeps at most MAX_MEMO_RESULTS answers, dropping the least recently used', () => {
    const memo = new BenchmarkMemo<string>();
    const build = jest.fn(() => 'built');
    for (let i = 0; i <= MAX_MEMO_RESULTS; i += 1) memo.resultOf(full(1), `key${i}`, build);
    expect(build).toHaveBeenCalledTimes(MAX_MEMO_RESULTS + 1);
    memo.resultOf(versionOnly(1), `key${MAX_MEMO_RESULTS}`, build);
    expect(build).toHaveBeenCalledTimes(MAX_MEMO_RESULTS + 1);
    memo.resultOf(versionOnly(1), 'key0', build);
    expect(build).toHaveBeenCalledTimes(MAX_MEMO_RESULTS + 2);
  });
});
