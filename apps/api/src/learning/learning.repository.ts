import { anyOf, defineQuery, qb, runQuery, rawQuery } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { contactScope } from '../follow-up/follow-up.repository';
import type { LearningEntryInput } from './dto/learning-entry.input';
import type { DepartmentComplaintType, LearningEntryType } from './learning.types';

const ID = '00000000-0000-4000-8000-000000000001';

/** What the contact writes in an entry. */
export type LearningEntryText = Pick<LearningEntryInput, 'whatWentWrong' | 'why' | 'whatWasLearnt' | 'canRecur' | 'prevention'>;

/** The columns a department contact may see of a complaint. */
const COMPLAINT_COLUMNS = sql`i.id, i.kind, i.received_on::text AS "receivedOn", i.first_contact_on::text AS "firstContactOn",
  i.closed_on::text AS "closedOn", i.org_unit_id AS "orgUnitId"`;

/** The complaints (alias i) a department contact answers for: those about their units, sub-units and predecessors. */
const inScope = (userId: string) => sql`i.kind = 'complaint' AND i.org_unit_id IN (${contactScope(userId)})`;

const ENTRY_COLUMNS = [
  'id', 'inquiry_id as inquiryId', 'org_unit_id as orgUnitId', 'author_id as authorId', 'what_went_wrong as whatWentWrong', 'why',
  'what_was_learnt as whatWasLearnt', 'can_recur as canRecur', 'prevention', 'created_at as createdAt',
] as const;

/** The last complaint of the page before: its day received (YYYY-MM-DD) and id. */
export interface ComplaintCursor {
  key: string;
  id: string;
}

/** The learning wall's queries (SQL in learning.repository.sql, checked by `npm test`). */
export const learningQueries = {
  /** A page of the contact's complaints, newest received first, from after `cursor` (the last row's day and id). */
  complaints: defineQuery([ID, { key: '2024-02-01', id: ID } as ComplaintCursor | null, 26], (userId: string, cursor: ComplaintCursor | null, limit: number) =>
    rawQuery(
      sql<DepartmentComplaintType>`SELECT ${COMPLAINT_COLUMNS} FROM inquiry i WHERE ${inScope(userId)}
        ${cursor ? sql`AND (i.received_on, i.id) < (${cursor.key}::date, ${cursor.id}::uuid)` : sql``}
        ORDER BY i.received_on DESC, i.id DESC LIMIT ${limit}`,
    ),
  ),
  complaint: defineQuery([ID, ID], (userId: string, inquiryId: string) =>
    rawQuery(sql<DepartmentComplaintType & { orgUnitId: string }>`SELECT ${COMPLAINT_COLUMNS} FROM inquiry i WHERE i.id = ${inquiryId} AND ${inScope(userId)}`),
  ),
  addEntry: defineQuery(
    [ID, ID, ID, ID, { whatWentWrong: 'Svar kom for sent', why: 'Ferie', whatWasLearnt: 'Stedfortræder', canRecur: 'no', prevention: 'Plan' }],
    (tenantId: string, inquiryId: string, orgUnitId: string, userId: string, entry: LearningEntryText) =>
      qb
        .insertInto('learning_entry')
        .values({
          tenant_id: tenantId, inquiry_id: inquiryId, org_unit_id: orgUnitId, author_id: userId, what_went_wrong: entry.whatWentWrong, why: entry.why,
          what_was_learnt: entry.whatWasLearnt, can_recur: entry.canRecur, prevention: entry.prevention,
        })
        .returning('id'),
  ),
  entry: defineQuery([ID], (id: string) => qb.selectFrom('learning_entry').select(ENTRY_COLUMNS).where('id', '=', id)),
  entriesOf: defineQuery([[ID]], (inquiryIds: readonly string[]) =>
    qb
      .selectFrom('learning_entry')
      .select(ENTRY_COLUMNS)
      .where('inquiry_id', '=', sql<string>`${anyOf(inquiryIds, 'uuid')}`)
      .orderBy('created_at')
      .orderBy('id'),
  ),
};

/** The learning wall's reads and writes, each in the caller's transaction under the tenant's RLS. */
export const learningRepository = {
  complaints: (em: EntityManager, userId: string, cursor: ComplaintCursor | null, limit: number): Promise<DepartmentComplaintType[]> =>
    runQuery(em, learningQueries.complaints(userId, cursor, limit)),
  /** A complaint in the contact's scope. */
  async complaint(em: EntityManager, userId: string, inquiryId: string): Promise<(DepartmentComplaintType & { orgUnitId: string }) | undefined> {
    const [row] = await runQuery(em, learningQueries.complaint(userId, inquiryId));
    return row;
  },
  /** Writes the entry; the entry as read back. */
  async addEntry(em: EntityManager, tenantId: string, complaint: { id: string; orgUnitId: string }, userId: string, entry: LearningEntryText): Promise<LearningEntryType> {
    const [{ id }] = await runQuery(em, learningQueries.addEntry(tenantId, complaint.id, complaint.orgUnitId, userId, entry));
    const [row] = await runQuery(em, learningQueries.entry(id));
    return row;
  },
  entriesOf: (em: EntityManager, inquiryIds: readonly string[]): Promise<LearningEntryType[]> => runQuery(em, learningQueries.entriesOf(inquiryIds)),
};
