import { BenchmarkData, parseBenchmarkData } from '@raadgiver/db';

/** Built benchmarks kept per data: one per year and own tenant asked for, the most recently used. */
export const MAX_MEMO_RESULTS = 16;

/**
 * What the service built from the aggregates it read last. Every request still reads the aggregates (one
 * statement), so nothing is ever served from before a refresh; when they come back as the same text as last time,
 * the parsed data and an answer already built for the same year and own tenant are used again instead of being
 * built anew. Building is a pure function of the data, the year and the own tenant, and costs far more CPU than
 * the read (all tenants' figures over all years), while the aggregates change only when a refresh ran.
 */
export class BenchmarkMemo<T> {
  private text: string | null = null;
  private data: BenchmarkData | null = null;
  private readonly results = new Map<string, T>();

  /** The parsed data of `text`; a new text drops everything built from the old one. */
  dataOf(text: string): BenchmarkData {
    if (text !== this.text || !this.data) {
      this.data = parseBenchmarkData(text);
      this.text = text;
      this.results.clear();
    }
    return this.data;
  }

  /** The answer for `key` built from `text`'s data, built now if it is not kept. */
  resultOf(text: string, key: string, build: (data: BenchmarkData) => T): T {
    const data = this.dataOf(text);
    const kept = this.results.get(key);
    if (kept !== undefined) {
      this.results.delete(key);
      this.results.set(key, kept);
      return kept;
    }
    const built = build(data);
    // Only when the data is still the one it was built from: a concurrent request may have read newer aggregates.
    if (this.text === text) {
      this.results.set(key, built);
      if (this.results.size > MAX_MEMO_RESULTS) this.results.delete(this.results.keys().next().value as string);
    }
    return built;
  }
}
