export const ORG_UNIT_ACTIONS = ['add', 'rename', 'move', 'close', 'merge', 'note'] as const;
export type OrgUnitAction = (typeof ORG_UNIT_ACTIONS)[number];

/** What the page needs to know after a successful action: which unit to select and name. */
export interface ActionResult {
  id: string;
  name: string;
}
