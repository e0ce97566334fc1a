import { useEffect } from 'react';
import { defaultYear } from './benchmark-view';

/**
 * The benchmark a page shows: opened without a year, the API answers with its newest year; when that year is not
 * over and an earlier one is, the page moves to that one (in the route, so the choice can be shared) and shows
 * nothing until it is there.
 */
export function useCompleteYearFirst<B extends { year: number; years: readonly number[] }>(
  requested: number | null,
  benchmark: B | undefined,
  replaceQuery: (query: string) => void,
): B | undefined {
  const target = requested === null && benchmark ? defaultYear(benchmark.years, new Date()) : null;
  const moving = target !== null && benchmark !== undefined && target !== benchmark.year;
  useEffect(() => {
    if (moving) replaceQuery(`year=${target}`);
  }, [moving, target, replaceQuery]);
  return moving ? undefined : benchmark;
}
