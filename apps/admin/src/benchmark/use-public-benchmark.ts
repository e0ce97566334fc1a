import { useEffect, useState } from 'react';
import { PUBLIC_BENCHMARK_FOLDER, PUBLIC_BENCHMARK_INDEX, publicBenchmarkPath } from '@raadgiver/domain';
import { BenchmarkView, defaultYear, TrendsView } from './benchmark-view';

/** A year's public file: every field of the type Benchmark, the figures with their trends and funnels too. */
export type PublicBenchmarkFile = BenchmarkView & TrendsView & { updatedAt: string | null };

/** The newest snapshot's index: its years and when it was published. */
export interface PublicBenchmarkIndex {
  years: number[];
  updatedAt: string;
}

export type PublicBenchmarkState =
  | { status: 'loading' }
  | { status: 'failed' }
  /** Nothing published yet, or no figures for the year asked for. */
  | { status: 'none'; index: PublicBenchmarkIndex | null; year: number | null }
  | { status: 'ready'; index: PublicBenchmarkIndex; benchmark: PublicBenchmarkFile };

/** A GET of a public file: its JSON, null when the API has no such file (404), an error otherwise. */
async function getJson<T>(path: string, signal: AbortSignal): Promise<T | null> {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The public benchmark as plain cacheable GETs (a browser and a CDN keep them by their ETag): the index first, then
 * the year asked for, or without one the last complete year (the year under way only when it is the only one).
 */
export function usePublicBenchmark(requested: number | null): PublicBenchmarkState {
  const [state, setState] = useState<PublicBenchmarkState>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    (async () => {
      const index = await getJson<PublicBenchmarkIndex>(`/${PUBLIC_BENCHMARK_FOLDER}/${PUBLIC_BENCHMARK_INDEX}`, abort.signal);
      const year = requested ?? (index ? defaultYear(index.years, new Date()) : null);
      const benchmark = index && year !== null && index.years.includes(year) ? await getJson<PublicBenchmarkFile>(publicBenchmarkPath(year, 'json'), abort.signal) : null;
      if (abort.signal.aborted) return;
      setState(index && benchmark ? { status: 'ready', index, benchmark } : { status: 'none', index, year });
    })().catch(() => {
      if (!abort.signal.aborted) setState({ status: 'failed' });
    });
    return () => abort.abort();
  }, [requested]);
  return state;
}
