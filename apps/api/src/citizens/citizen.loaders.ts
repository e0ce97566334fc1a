import DataLoader from 'dataloader';
import { RequestContext } from '../graphql/request-context';
import { CitizenType } from './citizen.types';

export const CITIZEN_COLUMNS = 'c.id, c.reference, c.display_name AS "displayName", c.email, c.phone';

/** Request-scoped loaders for citizens behind a page of inquiries. */
export function citizenLoaders(ctx: RequestContext) {
  return ctx.loader('citizens', () => ({
    byId: new DataLoader<string, CitizenType | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<CitizenType[]>(`SELECT ${CITIZEN_COLUMNS} FROM citizen c WHERE c.id = ANY($1::uuid[])`, [ids]);
        const found = new Map(rows.map((c) => [c.id, c]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    ),
    inquiryCountOf: new DataLoader<string, number>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<{ citizenId: string; count: number }[]>(
          'SELECT citizen_id AS "citizenId", count(*)::int AS count FROM inquiry WHERE citizen_id = ANY($1::uuid[]) GROUP BY citizen_id',
          [ids],
        );
        const counts = new Map(rows.map((r) => [r.citizenId, r.count]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
    ),
  }));
}
