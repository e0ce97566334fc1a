import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

export interface RetentionBoundsRow {
  inquiryMinYears: number;
  inquiryMaxYears: number;
  auditMinYears: number;
  auditMaxYears: number;
}

export interface TenantRetentionRow {
  inquiryYears: number;
  auditYears: number;
  waitForArchive: boolean;
}

export interface InquiryHoldRow {
  id: string;
  reason: string;
  setAt: Date;
  setByName: string | null;
}

const BOUNDS: RetentionBoundsRow = { inquiryMinYears: 1, inquiryMaxYears: 10, auditMinYears: 1, auditMaxYears: 10 };
const SETTINGS: TenantRetentionRow = { inquiryYears: 5, auditYears: 5, waitForArchive: true };

/** The retention settings, bounds and holds (SQL in retention.repository.sql, checked by `npm test`). */
export const retentionSettingsQueries = {
  bounds: defineQuery([], () =>
    qb
      .selectFrom('retention_bounds')
      .select(['inquiry_min_years as inquiryMinYears', 'inquiry_max_years as inquiryMaxYears', 'audit_min_years as auditMinYears', 'audit_max_years as auditMaxYears']),
  ),
  /** The operator's bounds; row-level security lets only the operator change them. */
  setBounds: defineQuery([BOUNDS, ID], (bounds: RetentionBoundsRow, userId: string) =>
    qb.updateTable('retention_bounds').set({
      inquiry_min_years: bounds.inquiryMinYears, inquiry_max_years: bounds.inquiryMaxYears,
      audit_min_years: bounds.auditMinYears, audit_max_years: bounds.auditMaxYears, updated_by: userId, updated_at: sql`now()`,
    }),
  ),
  settings: defineQuery([], () =>
    qb.selectFrom('tenant_retention').select(['inquiry_years as inquiryYears', 'audit_years as auditYears', 'wait_for_archive as waitForArchive']),
  ),
  setSettings: defineQuery([ID, SETTINGS, ID], (tenantId: string, settings: TenantRetentionRow, userId: string) =>
    qb
      .insertInto('tenant_retention')
      .values({ tenant_id: tenantId, inquiry_years: settings.inquiryYears, audit_years: settings.auditYears, wait_for_archive: settings.waitForArchive, updated_by: userId })
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          inquiry_years: settings.inquiryYears, audit_years: settings.auditYears, wait_for_archive: settings.waitForArchive, updated_by: userId, updated_at: sql`now()`,
        }),
      ),
  ),
  /** The inquiry, locked while its hold changes; null fields when it does not exist (in this tenant). */
  inquiry: defineQuery([ID], (inquiryId: string) =>
    qb.selectFrom('inquiry').select(['id', 'citizen_id as citizenId', 'anonymised_at as anonymisedAt']).where('id', '=', inquiryId).forUpdate(),
  ),
  /** The inquiry of a case number (its reference), for the tenant admin who knows only that. */
  inquiryByReference: defineQuery(['2019-0042'], (reference: string) =>
    qb.selectFrom('inquiry').select(['id', 'citizen_id as citizenId', 'anonymised_at as anonymisedAt']).where('reference', '=', reference),
  ),
  openHold: defineQuery([ID], (inquiryId: string) =>
    qb
      .selectFrom('inquiry_hold as h')
      .leftJoin('app_user as u', 'u.id', 'h.set_by')
      .select(['h.id', 'h.reason', 'h.set_at as setAt', 'u.display_name as setByName'])
      .where('h.inquiry_id', '=', inquiryId)
      .where('h.lifted_at', 'is', null),
  ),
  setHold: defineQuery([ID, ID, 'Verserende klagesag', ID], (tenantId: string, inquiryId: string, reason: string, userId: string) =>
    qb.insertInto('inquiry_hold').values({ tenant_id: tenantId, inquiry_id: inquiryId, reason, set_by: userId }),
  ),
  liftHold: defineQuery([ID, 'Sagen er afsluttet', ID], (inquiryId: string, reason: string, userId: string) =>
    qb
      .updateTable('inquiry_hold')
      .set({ lift_reason: reason, lifted_by: userId, lifted_at: sql`now()` })
      .where('inquiry_id', '=', inquiryId)
      .where('lifted_at', 'is', null),
  ),
  /** Whether any inquiry of the citizen is on hold. */
  citizenOnHold: defineQuery([ID], (citizenId: string) =>
    qb
      .selectFrom('inquiry_hold as h')
      .innerJoin('inquiry as i', (join) => join.onRef('i.tenant_id', '=', 'h.tenant_id').onRef('i.id', '=', 'h.inquiry_id'))
      .select('h.id')
      .where('i.citizen_id', '=', citizenId)
      .where('h.lifted_at', 'is', null)
      .limit(1),
  ),
  citizen: defineQuery([ID], (citizenId: string) =>
    qb.selectFrom('citizen').select(['id', 'anonymised_at as anonymisedAt']).where('id', '=', citizenId),
  ),
};

/** Retention's settings and holds, in the caller's transaction under the tenant's RLS. */
export const retentionSettingsRepository = {
  async bounds(em: EntityManager): Promise<RetentionBoundsRow> {
    const [row] = await runQuery(em, retentionSettingsQueries.bounds());
    return row ?? BOUNDS;
  },
  async setBounds(em: EntityManager, bounds: RetentionBoundsRow, userId: string): Promise<boolean> {
    return (await runWrite(em, retentionSettingsQueries.setBounds(bounds, userId))) === 1;
  },
  async settings(em: EntityManager): Promise<TenantRetentionRow> {
    const [row] = await runQuery(em, retentionSettingsQueries.settings());
    return row ?? SETTINGS;
  },
  async setSettings(em: EntityManager, tenantId: string, settings: TenantRetentionRow, userId: string): Promise<void> {
    await runWrite(em, retentionSettingsQueries.setSettings(tenantId, settings, userId));
  },
  async inquiry(em: EntityManager, inquiryId: string): Promise<{ id: string; citizenId: string; anonymisedAt: Date | null } | null> {
    const [row] = await runQuery(em, retentionSettingsQueries.inquiry(inquiryId));
    return row ?? null;
  },
  async inquiryByReference(em: EntityManager, reference: string): Promise<{ id: string; citizenId: string; anonymisedAt: Date | null } | null> {
    const [row] = await runQuery(em, retentionSettingsQueries.inquiryByReference(reference));
    return row ?? null;
  },
  async openHold(em: EntityManager, inquiryId: string): Promise<InquiryHoldRow | null> {
    const [row] = await runQuery(em, retentionSettingsQueries.openHold(inquiryId));
    return row ?? null;
  },
  async setHold(em: EntityManager, tenantId: string, inquiryId: string, reason: string, userId: string): Promise<void> {
    await runWrite(em, retentionSettingsQueries.setHold(tenantId, inquiryId, reason, userId));
  },
  async liftHold(em: EntityManager, inquiryId: string, reason: string, userId: string): Promise<boolean> {
    return (await runWrite(em, retentionSettingsQueries.liftHold(inquiryId, reason, userId))) > 0;
  },
  async citizenOnHold(em: EntityManager, citizenId: string): Promise<boolean> {
    return (await runQuery(em, retentionSettingsQueries.citizenOnHold(citizenId))).length > 0;
  },
  async citizen(em: EntityManager, citizenId: string): Promise<{ id: string; anonymisedAt: Date | null } | null> {
    const [row] = await runQuery(em, retentionSettingsQueries.citizen(citizenId));
    return row ?? null;
  },
};
