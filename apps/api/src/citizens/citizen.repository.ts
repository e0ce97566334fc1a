import { anyOf, defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { CitizenType } from './citizen.types';

const ID = '00000000-0000-4000-8000-000000000001';

/** A citizen's stored fields; `display_name` only, never a CPR number. */
export interface CitizenFields {
  reference: string;
  displayName: string;
  email: string | null;
  phone: string | null;
}

const EXAMPLE: CitizenFields = { reference: 'B-1', displayName: 'Borger', email: 'borger@example.dk', phone: '12345678' };

function citizens() {
  return qb.selectFrom('citizen as c').select(['c.id', 'c.reference', 'c.display_name as displayName', 'c.email', 'c.phone']);
}

/** The citizens' queries (their SQL is in citizen.repository.sql, checked by `npm test`). */
export const citizenQueries = {
  /** `pattern` (an ILIKE pattern) is matched by the trigram indexes, through the tenant-bound search function (RLS keeps ILIKE from them here). */
  search: defineQuery(['%an%' as string | null, 20], (pattern: string | null, first: number) =>
    citizens()
      .$if(pattern !== null, (q) => q.where(sql<boolean>`c.id IN (SELECT citizen_ids_matching(${pattern}))`))
      .orderBy('c.display_name')
      .orderBy('c.reference')
      .orderBy('c.id')
      .limit(first),
  ),
  byIds: defineQuery([[ID]], (ids: readonly string[]) => citizens().where('c.id', '=', anyOf(ids, 'uuid'))),
  inquiryCounts: defineQuery([[ID]], (citizenIds: readonly string[]) =>
    qb
      .selectFrom('inquiry')
      .select(['citizen_id as citizenId', sql<number>`count(*)::int`.as('count')])
      .where('citizen_id', '=', anyOf(citizenIds, 'uuid'))
      .groupBy('citizen_id'),
  ),
  referenceTaken: defineQuery(['B-1', ID as string | null], (reference: string, exceptId: string | null) =>
    qb.selectNoFrom((eb) =>
      eb.exists(qb.selectFrom('citizen').select(sql`1`.as('one')).where('reference', '=', reference).where(sql<boolean>`id IS DISTINCT FROM ${exceptId}`)).as('taken'),
    ),
  ),
  insert: defineQuery([ID, EXAMPLE], (tenantId: string, citizen: CitizenFields) =>
    qb
      .insertInto('citizen')
      .values({ tenant_id: tenantId, reference: citizen.reference, display_name: citizen.displayName, email: citizen.email, phone: citizen.phone })
      .returning('id'),
  ),
  update: defineQuery([ID, EXAMPLE], (id: string, citizen: CitizenFields) =>
    qb.updateTable('citizen').set({ reference: citizen.reference, display_name: citizen.displayName, email: citizen.email, phone: citizen.phone }).where('id', '=', id),
  ),
};

/** The citizens' reads and writes, each in the caller's transaction: another tenant's citizen is invisible under RLS. */
export const citizenRepository = {
  search(em: EntityManager, pattern: string | null, first: number): Promise<CitizenType[]> {
    return runQuery(em, citizenQueries.search(pattern, first));
  },

  async find(em: EntityManager, id: string): Promise<CitizenType | null> {
    const [citizen] = await runQuery(em, citizenQueries.byIds([id]));
    return citizen ?? null;
  },

  async exists(em: EntityManager, id: string): Promise<boolean> {
    return (await citizenRepository.find(em, id)) !== null;
  },

  /** The citizens with these ids, in their order; null where none is visible. */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(CitizenType | null)[]> {
    const found = new Map((await runQuery(em, citizenQueries.byIds(ids))).map((c) => [c.id, c]));
    return ids.map((id) => found.get(id) ?? null);
  },

  /** How many inquiries each citizen has, in the ids' order. */
  async inquiryCounts(em: EntityManager, citizenIds: readonly string[]): Promise<number[]> {
    const counts = new Map((await runQuery(em, citizenQueries.inquiryCounts(citizenIds))).map((r) => [r.citizenId, r.count]));
    return citizenIds.map((id) => counts.get(id) ?? 0);
  },

  async referenceTaken(em: EntityManager, reference: string, exceptId: string | null): Promise<boolean> {
    const [{ taken }] = await runQuery(em, citizenQueries.referenceTaken(reference, exceptId));
    return Boolean(taken);
  },

  async insert(em: EntityManager, tenantId: string, citizen: CitizenFields): Promise<string> {
    const [{ id }] = await runQuery(em, citizenQueries.insert(tenantId, citizen));
    return id;
  },

  async update(em: EntityManager, id: string, citizen: CitizenFields): Promise<void> {
    await runWrite(em, citizenQueries.update(id, citizen));
  },
};
