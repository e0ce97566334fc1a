import type { FollowUpNoteRow } from './follow-up-note';
import type { RecommendationStatus } from './recommendation-status';

/** An org unit as far as its place in the department tree goes. */
export interface TreeUnit {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
}

function byPlace(a: TreeUnit, b: TreeUnit): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id);
}

/**
 * The units in the order of the department tree: depth first from the roots, siblings by sort order, then name.
 * A unit whose parent is not among `units` counts as a root; a cycle is walked once.
 */
export function departmentTreeOrder(units: readonly TreeUnit[]): TreeUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, TreeUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: TreeUnit[] = [];
  const seen = new Set<string>();
  const visit = (unit: TreeUnit) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    ordered.push(unit);
    for (const child of [...(children.get(unit.id) ?? [])].sort(byPlace)) visit(child);
  };
  for (const root of [...(children.get(null) ?? [])].sort(byPlace)) visit(root);
  // Units only reachable through a cycle have no root; they follow, in their own order.
  for (const unit of [...units].sort(byPlace)) visit(unit);
  return ordered;
}

/** A department's answer as loaded, with the recommendation's place in the report for ordering the entries. */
export interface WrittenFollowUp {
  orgUnitId: string;
  recommendationTitle: string;
  recommendationSortOrder: number;
  text: string;
  proposedStatus: RecommendationStatus | null;
  writtenAt: string;
}

/**
 * The follow-up note's rows: one per addressed unit, in department-tree order, each with its answers in the
 * order of the report's recommendations; a unit that did not answer has no entries. Texts are kept as typed.
 */
export function followUpNoteRows(units: readonly TreeUnit[], addressedUnitIds: readonly string[], followUps: readonly WrittenFollowUp[]): FollowUpNoteRow[] {
  const addressed = new Set(addressedUnitIds);
  const byUnit = new Map<string, WrittenFollowUp[]>();
  for (const followUp of followUps) byUnit.set(followUp.orgUnitId, [...(byUnit.get(followUp.orgUnitId) ?? []), followUp]);
  return departmentTreeOrder(units)
    .filter((unit) => addressed.has(unit.id))
    .map((unit) => ({
      orgUnitId: unit.id,
      orgUnitName: unit.name,
      entries: [...(byUnit.get(unit.id) ?? [])]
        .sort((a, b) => a.recommendationSortOrder - b.recommendationSortOrder || a.recommendationTitle.localeCompare(b.recommendationTitle, 'da'))
        .map(({ recommendationTitle, text, proposedStatus, writtenAt }) => ({ recommendationTitle, text, proposedStatus, writtenAt })),
    }));
}
