import { BenchmarkData, parseBenchmarkData } from '@raadgiver/db';

/** Built benchmarks kept per data: one per year and own tenant asked for, the most recently used. */
export const MAX_MEMO_RESULTS = 16;

/** The benchmark statement's answer: the version of the aggregates, and their text unless the caller had it. */
export interface VersionedBenchmarkData {
  version: string;
  data: string | null;
}

/**
 * What the service built from the aggregates it read last. Every request still reads the aggregates' version (one
 * statement), so nothing is ever served from before a refresh; while the version stays the one the memo holds, the
 * statement leaves the text out and the parsed data and an answer already built for the same year and own tenant
 * are used again. Building is a pure function of the data, the year and the own tenant, and costs far more CPU than
 * the read (all tenants' figures over all years), while the aggregates change only when a refresh ran.
 */
export class BenchmarkMemo<T> {
  private version: string | null = null;
  private data: BenchmarkData | null = null;
  private readonly results = new Map<string, T>();

  /** The version to send with the statement: the one held, or '' for the full text. */
  get knownVersion(): string {
    return this.version ?? '';
  }

  /**
   * Whether `read` can be served: it has the text, or its version is the one held. A read that left the text out can
   * miss when a concurrent request has moved the memo on to newer aggregates meanwhile; read again with ''.
   */
  canServe(read: VersionedBenchmarkData): boolean {
    return read.data !== null || (read.version === this.version && this.data !== null);
  }

  /** Forgets everything: the next request reads the aggregates again (after a change to what they are built from). */
  clear(): void {
    this.version = null;
    this.data = null;
    this.results.clear();
  }

  /** Whether an answer for `key` built from the data of `version` is kept. */
  holds(version: string, key: string): boolean {
    return this.version === version && this.data !== null && this.results.has(key);
  }

  /** The parsed data of `read`; a new version drops everything built from the old one. */
  dataOf(read: VersionedBenchmarkData): BenchmarkData {
    if (read.version !== this.version || !this.data) {
      if (read.data === null) throw new Error(`The benchmark data of version ${read.version} is not held`);
      this.data = parseBenchmarkData(read.data);
      this.version = read.version;
      this.results.clear();
    }
    return this.data;
  }

  /** The answer for `key` built from `read`'s data, built now if it is not kept. */
  resultOf(read: VersionedBenchmarkData, key: string, build: (data: BenchmarkData) => T): T {
    const data = this.dataOf(read);
    const kept = this.results.get(key);
    if (kept !== undefined) {
      this.results.delete(key);
      this.results.set(key, kept);
      return kept;
    }
    const built = build(data);
    // Only when the data is still the one it was built from: a concurrent request may have read newer aggregates.
    if (this.version === read.version) {
      this.results.set(key, built);
      if (this.results.size > MAX_MEMO_RESULTS) this.results.delete(this.results.keys().next().value as string);
    }
    return built;
  }
}
