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

type HistoryKey = 'created' | 'renamed' | 'moved' | 'closed' | 'mergedInto' | 'mergedFrom' | 'mergedWith' | 'reopened';

/** What to say about one event: a key under `orgUnits.history` and its values. Null values are filled by the caller. */
export interface HistoryLine {
  key: HistoryKey;
  values: Record<string, string | null>;
}

/**
 * Describes an event of `unit`'s history. A merge is recorded on both sides; which side
 * this unit was on follows from its predecessor and successor links.
 */
export function historyLine(event: HistoryEvent, unit: { predecessors: NamedUnit[]; successors: NamedUnit[] }): HistoryLine {
  switch (event.action) {
    case 'CREATED':
      return { key: 'created', values: {} };
    case 'RENAMED':
      return { key: 'renamed', values: { from: event.fromName, to: event.toName } };
    case 'MOVED':
      return { key: 'moved', values: { from: event.fromParent?.name ?? null, to: event.toParent?.name ?? null } };
    case 'CLOSED':
      return { key: 'closed', values: {} };
    case 'REOPENED':
      return { key: 'reopened', values: {} };
    case 'MERGED': {
      const related = event.relatedUnit;
      const values = { name: related?.name ?? null };
      if (related && unit.successors.some((s) => s.id === related.id)) return { key: 'mergedInto', values };
      if (related && unit.predecessors.some((p) => p.id === related.id)) return { key: 'mergedFrom', values };
      return { key: 'mergedWith', values };
    }
  }
}
