export interface TreeUnit {
  id: string;
  parentId?: string | null;
  name: string;
  sortOrder: number;
}

export interface TreeRow<T extends TreeUnit> {
  unit: T;
  depth: number;
}

/** The units in tree order (parents before their children, siblings by sortOrder then name) with their depth. */
export function unitTree<T extends TreeUnit>(units: readonly T[]): TreeRow<T>[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const rows: TreeRow<T>[] = [];
  const visit = (parent: string | null, depth: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da'));
    for (const unit of siblings) {
      rows.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
