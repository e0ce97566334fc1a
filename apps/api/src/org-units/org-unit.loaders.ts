import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { AppUser, OrgUnit, OrgUnitEvent, OrgUnitLink } from '@raadgiver/db';
import { RequestContext } from '../graphql/request-context';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Request-scoped loaders: one query per relation and request, whatever the tree's size. */
export function orgUnitLoaders(ctx: RequestContext) {
  return ctx.loader('orgUnits', () => {
    const byId = new DataLoader<string, OrgUnit | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.getRepository(OrgUnit).findBy({ id: In([...ids]) });
        const found = new Map(rows.map((u) => [u.id, u]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    );
    const childrenOf = new DataLoader<string, OrgUnit[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.getRepository(OrgUnit).find({ where: { parentId: In([...ids]) }, order: { sortOrder: 'ASC', name: 'ASC' } });
        const groups = groupBy(rows, (u) => u.parentId ?? '');
        return ids.map((id) => groups.get(id) ?? []);
      }),
    );
    const historyOf = new DataLoader<string, OrgUnitEvent[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.getRepository(OrgUnitEvent).find({ where: { orgUnitId: In([...ids]) }, order: { occurredAt: 'ASC' } });
        const groups = groupBy(rows, (e) => e.orgUnitId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    );
    const linksTo = (side: 'predecessorId' | 'successorId', other: 'predecessorId' | 'successorId') =>
      new DataLoader<string, string[]>((ids) =>
        ctx.run(async (em) => {
          const rows = await em.getRepository(OrgUnitLink).find({ where: { [side]: In([...ids]) } });
          const groups = groupBy(rows, (l) => l[side]);
          return ids.map((id) => (groups.get(id) ?? []).map((l) => l[other]));
        }),
      );
    const userName = new DataLoader<string, string | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.getRepository(AppUser).find({ select: { id: true, displayName: true }, where: { id: In([...ids]) } });
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
