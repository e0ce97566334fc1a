/** The formats of the public benchmark's cacheable files. */
export type PublicBenchmarkFormat = 'json' | 'csv';

/** Where the API serves them, without a login: `/public/benchmark/<year>.json` (and `.csv`). */
export const PUBLIC_BENCHMARK_FOLDER = 'public/benchmark';

/** The file of the newest snapshot's years and the date of its data (`{ years, updatedAt }`), read by the public page first. */
export const PUBLIC_BENCHMARK_INDEX = 'index.json';

/**
 * The path of a year's public benchmark file. The JSON is exactly what the GraphQL query `publicBenchmark(year)`
 * returns (every field of the type Benchmark); the CSV is Danish (';', decimal commas, a byte order mark).
 */
export function publicBenchmarkPath(year: number, format: PublicBenchmarkFormat): string {
  return `/${PUBLIC_BENCHMARK_FOLDER}/${year}.${format}`;
}
