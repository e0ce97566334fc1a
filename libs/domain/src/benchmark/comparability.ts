/**
 * Why a municipality's figures of a year are not fully comparable with its other years and with other
 * municipalities', as the benchmark refresh finds them (benchmark_period.comparability), in this order.
 */
export const COMPARABILITY_REASONS = ['mapping_changed', 'units_changed', 'partial_year'] as const;
export type ComparabilityReason = (typeof COMPARABILITY_REASONS)[number];

export function isComparabilityReason(value: string): value is ComparabilityReason {
  return (COMPARABILITY_REASONS as readonly string[]).includes(value);
}

/** Each reason in Danish and English, as the files and the pages say it. */
export const COMPARABILITY_REASON_TEXTS: Record<ComparabilityReason, [string, string]> = {
  mapping_changed: ['Kategoriernes tilknytning til den nationale taksonomi ændret i året', 'The mapping to the national taxonomy changed during the year'],
  units_changed: ['Enhedsstrukturen ændret i året', 'The unit structure changed during the year'],
  partial_year: ['Registreringerne dækker kun en del af året', 'The registrations cover only part of the year'],
};

/** The reasons as one cell of a file: the texts joined by "; ", empty when the figures are comparable. */
export function comparabilityText(reasons: readonly string[], language: 'da' | 'en'): string {
  return reasons
    .filter(isComparabilityReason)
    .map((reason) => COMPARABILITY_REASON_TEXTS[reason][language === 'en' ? 1 : 0])
    .join('; ');
}
