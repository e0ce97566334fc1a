import type { InquiryChoicesQuery } from '../gql/graphql';
import { buildOrgTree, flattenOrgTree } from '../org-units/org-unit-tree';

type Unit = InquiryChoicesQuery['orgUnits'][number];
type Entry = { id: string; name: string; active: boolean; sortOrder: number };

/** Units as an indented list for a select; closed units only in filters (old inquiries) or when already chosen. */
export function unitOptions(units: readonly Unit[], options: { includeClosed: boolean; keepId?: string | null }): { id: string; label: string }[] {
  const shown = units.filter((unit) => options.includeClosed || !unit.closed || unit.id === options.keepId);
  return flattenOrgTree(buildOrgTree(shown, { includeClosed: true })).map(({ unit, depth }) => ({
    id: unit.id,
    label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}${unit.shortName ? ` (${unit.shortName})` : ''}`,
  }));
}

/** Active catalog entries in their order, plus inactive ones that are already chosen. */
export function catalogOptions<T extends Entry>(entries: readonly T[], keepIds: readonly string[] = []): T[] {
  return entries
    .filter((entry) => entry.active || keepIds.includes(entry.id))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da'));
}
