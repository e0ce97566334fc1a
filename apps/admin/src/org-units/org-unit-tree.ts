import { ORG_UNIT_KINDS, wouldCreateCycle } from '@raadgiver/domain';
import type { OrgUnitKind } from '../gql/graphql';

export interface TreeUnit {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
  closed: boolean;
}

export interface TreeNode<T extends TreeUnit> {
  unit: T;
  children: TreeNode<T>[];
}

const byOrder = (a: TreeUnit, b: TreeUnit) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da');

/**
 * The department tree from the flat list the API returns. A unit whose parent is not in
 * the list (e.g. hidden because it is closed) is shown at the top rather than lost.
 */
export function buildOrgTree<T extends TreeUnit>(units: readonly T[], options: { includeClosed: boolean }): TreeNode<T>[] {
  const shown = units.filter((unit) => options.includeClosed || !unit.closed).sort(byOrder);
  const nodes = new Map(shown.map((unit) => [unit.id, { unit, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Depth-first order with depth, for selects that show the tree as an indented list. */
export function flattenOrgTree<T extends TreeUnit>(nodes: readonly TreeNode<T>[], depth = 0): { unit: T; depth: number }[] {
  return nodes.flatMap((node) => [{ unit: node.unit, depth }, ...flattenOrgTree(node.children, depth + 1)]);
}

/** Open units that `unitId` may be moved under: not itself, nothing below it. */
export function moveTargets<T extends TreeUnit>(units: readonly T[], unitId: string): T[] {
  return units.filter((unit) => !unit.closed && !wouldCreateCycle(units, unitId, unit.id));
}

/** Open units that may be merged into `targetId`: not the target, not a unit the target lies below. */
export function mergeCandidates<T extends TreeUnit>(units: readonly T[], targetId: string): T[] {
  return units.filter((unit) => !unit.closed && unit.id !== targetId && !wouldCreateCycle(units, unit.id, targetId));
}

export const ORG_UNIT_KIND_VALUES: readonly OrgUnitKind[] = ORG_UNIT_KINDS.map((kind) => kind.toUpperCase() as OrgUnitKind);

/** The usual kind one level below `parentKind` (a center under an administration, ...). */
export function defaultChildKind(parentKind: OrgUnitKind | null): OrgUnitKind {
  if (parentKind === null) return ORG_UNIT_KIND_VALUES[0];
  const index = ORG_UNIT_KIND_VALUES.indexOf(parentKind);
  return ORG_UNIT_KIND_VALUES[Math.min(index + 1, ORG_UNIT_KIND_VALUES.length - 1)];
}
