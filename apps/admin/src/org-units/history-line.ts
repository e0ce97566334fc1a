import type { OrgUnitEventAction } from '../gql/graphql';

interface NamedUnit {
  id: string;
  name: string;
}

export interface HistoryEvent {
  action: OrgUnitEventAction;
  fromName: string | null;
  toName: string | null;
  fromParent: NamedUnit | null;
  toParent: NamedUnit | null;
  relatedUnit: NamedUnit | null;
}

/** What to say about one event. Null names are filled by the caller (top level, unknown unit). */
export type HistoryLine =
  | { key: 'created' | 'closed' | 'reopened' }
  | { key: 'renamed' | 'moved'; from: string | null; to: string | null }
  | { key: 'mergedInto' | 'mergedFrom' | 'mergedWith'; name: string | null };

/**
 * Describes an event of `unit`'s history. A merge is recorded on both sides; which side
 * this unit was on follows from its predecessor and successor links.
 */
export function historyLine(event: HistoryEvent, unit: { predecessors: NamedUnit[]; successors: NamedUnit[] }): HistoryLine {
  switch (event.action) {
    case 'CREATED':
      return { key: 'created' };
    case 'RENAMED':
      return { key: 'renamed', from: event.fromName, to: event.toName };
    case 'MOVED':
      return { key: 'moved', from: event.fromParent?.name ?? null, to: event.toParent?.name ?? null };
    case 'CLOSED':
      return { key: 'closed' };
    case 'REOPENED':
      return { key: 'reopened' };
    case 'MERGED': {
      const related = event.relatedUnit;
      const name = related?.name ?? null;
      if (related && unit.successors.some((s) => s.id === related.id)) return { key: 'mergedInto', name };
      if (related && unit.predecessors.some((p) => p.id === related.id)) return { key: 'mergedFrom', name };
      return { key: 'mergedWith', name };
    }
  }
}
