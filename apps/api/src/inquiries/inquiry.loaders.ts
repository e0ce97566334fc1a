import DataLoader from 'dataloader';
import { CategoryType, OutcomeType } from '../catalog/catalog.types';
import { RequestContext } from '../graphql/request-context';
import { INQUIRY_COLUMNS, InquiryRow } from './inquiry.rows';

const CATALOG_COLUMNS = 'c.id, c.name, c.national_code AS "nationalCode", c.active, c.sort_order AS "sortOrder"';

function grouped<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return ids.map((id) => groups.get(id) ?? []);
}

/** Request-scoped loaders for an inquiry's relations: one query per relation and page. */
export function inquiryLoaders(ctx: RequestContext) {
  return ctx.loader('inquiries', () => ({
    byId: new DataLoader<string, InquiryRow | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<InquiryRow[]>(`SELECT ${INQUIRY_COLUMNS} FROM inquiry i WHERE i.id = ANY($1::uuid[])`, [ids]);
        const found = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    ),
    followUpsOf: new DataLoader<string, InquiryRow[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<InquiryRow[]>(
          `SELECT ${INQUIRY_COLUMNS} FROM inquiry i WHERE i.main_inquiry_id = ANY($1::uuid[]) ORDER BY i.received_on, i.reference`,
          [ids],
        );
        return grouped(ids, rows, (r) => r.mainInquiryId ?? '');
      }),
    ),
    categoriesOf: new DataLoader<string, CategoryType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<(CategoryType & { inquiryId: string })[]>(
          `SELECT ic.inquiry_id AS "inquiryId", ${CATALOG_COLUMNS}
             FROM inquiry_category ic JOIN category c ON c.tenant_id = ic.tenant_id AND c.id = ic.category_id
            WHERE ic.inquiry_id = ANY($1::uuid[]) ORDER BY c.sort_order, c.name`,
          [ids],
        );
        return grouped(ids, rows, (r) => r.inquiryId);
      }),
    ),
    outcomeById: new DataLoader<string, OutcomeType | null>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<OutcomeType[]>(`SELECT ${CATALOG_COLUMNS} FROM outcome c WHERE c.id = ANY($1::uuid[])`, [ids]);
        const found = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    ),
  }));
}
