import { defineQuery, qb, rawQuery, runQuery } from '@raadgiver/db';
import { InquiryChannel, InquiryKind, NamedOrgUnit } from '@raadgiver/domain';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { InquiryFilterValues } from '../inquiries/inquiry-filter';
import { inquiryFilter } from '../inquiries/inquiry.repository';

/** An inquiry as the export writes it, before the names of its unit are worked out. */
export interface ExportDbRow {
  reference: string;
  received_on: string;
  channel: InquiryChannel;
  citizen_reference: string;
  kind: InquiryKind;
  org_unit_id: string | null;
  categories: string[] | null;
  outcome: string | null;
  main_reference: string | null;
  first_contact_on: string | null;
  closed_on: string | null;
  summary: string;
}

/** Rows fetched from the database cursor at a time. */
const FETCH = 1_000;

/** The export's queries (their SQL is in export.repository.sql, checked by `npm test`). */
export const exportQueries = {
  /** A cursor over the filtered inquiries in the import's columns: it reads one snapshot in pieces. */
  open: defineQuery([{ kinds: ['complaint'] } as InquiryFilterValues | null], (filter: InquiryFilterValues | null) =>
    rawQuery(sql`DECLARE inquiry_export NO SCROLL CURSOR FOR
         SELECT i.reference, i.received_on::text AS received_on, i.channel, c.reference AS citizen_reference, i.kind, i.org_unit_id,
                (SELECT array_agg(cat.name ORDER BY lower(cat.name), cat.name)
                   FROM inquiry_category ic JOIN category cat ON cat.tenant_id = ic.tenant_id AND cat.id = ic.category_id
                  WHERE ic.tenant_id = i.tenant_id AND ic.inquiry_id = i.id) AS categories,
                o.name AS outcome, m.reference AS main_reference,
                i.first_contact_on::text AS first_contact_on, i.closed_on::text AS closed_on, i.summary
           FROM inquiry i
           JOIN citizen c ON c.tenant_id = i.tenant_id AND c.id = i.citizen_id
           LEFT JOIN outcome o ON o.tenant_id = i.tenant_id AND o.id = i.outcome_id
           LEFT JOIN inquiry m ON m.tenant_id = i.tenant_id AND m.id = i.main_inquiry_id
          WHERE ${inquiryFilter(filter)}
          ORDER BY i.received_on, i.reference`),
  ),
  next: defineQuery([], () => rawQuery(sql<ExportDbRow>`FETCH FORWARD ${sql.lit(FETCH)} FROM inquiry_export`)),
  close: defineQuery([], () => rawQuery(sql`CLOSE inquiry_export`)),
  orgUnits: defineQuery([], () =>
    qb.selectFrom('org_unit').select(['id', 'name', 'short_name as shortName', sql<boolean>`valid_to IS NOT NULL`.as('closed')]),
  ),
};

/** The export's reads, in the caller's transaction under the tenant's RLS. */
export const exportRepository = {
  /** Opens the cursor over the filtered inquiries; read it with `next` until it gives no rows, then `close` it. */
  async open(em: EntityManager, filter: InquiryFilterValues | null): Promise<void> {
    await runQuery(em, exportQueries.open(filter));
  },

  next(em: EntityManager): Promise<ExportDbRow[]> {
    return runQuery(em, exportQueries.next());
  },

  async close(em: EntityManager): Promise<void> {
    await runQuery(em, exportQueries.close());
  },

  orgUnits(em: EntityManager): Promise<NamedOrgUnit[]> {
    return runQuery(em, exportQueries.orgUnits());
  },
};
