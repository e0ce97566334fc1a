import DataLoader from 'dataloader';
import { RequestContext } from '../graphql/request-context';
import { OrgUnitEventRow, orgUnitRepository, OrgUnitRow } from './org-unit.repository';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Request-scoped loaders: one query per relation and request, whatever the tree's size. */
export function orgUnitLoaders(ctx: RequestContext) {
  return ctx.loader('orgUnits', () => {
    const byId = new DataLoader<string, OrgUnitRow | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await orgUnitRepository.byIds(em, [...ids]);
        const found = new Map(rows.map((u) => [u.id, u]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    );
    const childrenOf = new DataLoader<string, OrgUnitRow[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await orgUnitRepository.childrenOf(em, [...ids]);
        const groups = groupBy(rows, (u) => u.parentId ?? '');
        return ids.map((id) => groups.get(id) ?? []);
      }),
    );
    const historyOf = new DataLoader<string, OrgUnitEventRow[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await orgUnitRepository.historyOf(em, [...ids]);
        const groups = groupBy(rows, (e) => e.orgUnitId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    );
    const linksTo = (side: 'predecessorId' | 'successorId', other: 'predecessorId' | 'successorId') =>
      new DataLoader<string, string[]>((ids) =>
        ctx.run(async (em) => {
          const rows = await orgUnitRepository.links(em, side, [...ids]);
          const groups = groupBy(rows, (l) => l[side]);
          return ids.map((id) => (groups.get(id) ?? []).map((l) => l[other]));
        }),
      );
    const userName = new DataLoader<string, string | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await orgUnitRepository.userNames(em, [...ids]);
        const names = new Map(rows.map((u) => [u.id, u.displayName]));
        return ids.map((id) => names.get(id) ?? null);
      }),
    );
    return {
      byId,
      childrenOf,
      historyOf,
      predecessorIdsOf: linksTo('successorId', 'predecessorId'),
      successorIdsOf: linksTo('predecessorId', 'successorId'),
      userName,
    };
  });
}
