/** Levels of a municipality's department tree. */
export const ORG_UNIT_KINDS = ['administration', 'center', 'department', 'area'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_EVENT_ACTIONS = ['created', 'renamed', 'moved', 'closed', 'merged', 'reopened'] as const;
export type OrgUnitEventAction = (typeof ORG_UNIT_EVENT_ACTIONS)[number];

export interface OrgUnitNode {
  id: string;
  parentId: string | null;
}

/** True when `candidateParentId` is `unitId` itself or lies below it, i.e. a move would make a cycle. */
export function wouldCreateCycle(units: readonly OrgUnitNode[], unitId: string, candidateParentId: string | null): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let cursor: string | null = candidateParentId;
  const seen = new Set<string>();
  while (cursor !== null && !seen.has(cursor)) {
    if (cursor === unitId) return true;
    seen.add(cursor);
    cursor = parentOf.get(cursor) ?? null;
  }
  return false;
}
