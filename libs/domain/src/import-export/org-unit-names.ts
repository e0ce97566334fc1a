/** An org unit as an import or export file names it. */
export interface NamedOrgUnit {
  id: string;
  name: string;
  shortName: string | null;
  closed: boolean;
}

const key = (name: string) => name.trim().toLowerCase();

/**
 * The units a file's org unit cell means: those whose name or short name is the cell's text
 * (case-insensitive, trimmed); when open and closed units match, only the open ones.
 */
export function orgUnitsNamed<T extends NamedOrgUnit>(units: readonly T[], name: string): T[] {
  const wanted = key(name);
  const found = units.filter((unit) => key(unit.name) === wanted || (unit.shortName !== null && key(unit.shortName) === wanted));
  const open = found.filter((unit) => !unit.closed);
  return open.length > 0 ? open : found;
}

/** What an export writes for a unit: its name, or its short name when only that finds the unit again on import. */
export function orgUnitExportName(units: readonly NamedOrgUnit[], unit: NamedOrgUnit): string {
  for (const candidate of [unit.name, unit.shortName]) {
    if (candidate === null) continue;
    const found = orgUnitsNamed(units, candidate);
    if (found.length === 1 && found[0].id === unit.id) return candidate;
  }
  return unit.name;
}
