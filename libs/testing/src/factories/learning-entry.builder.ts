import { qb, runQuery } from '@raadgiver/db';
import { BuilderDb, inTenant } from './builder-db';

class LearningEntryBuilder {
  private whatWentWrong = 'Svaret kom for sent';
  private why = '';
  private whatWasLearnt = '';
  private canRecur: 'yes' | 'no' | 'unknown' = 'unknown';
  private prevention = '';

  constructor(
    private readonly db: BuilderDb,
    private readonly tenantId: string,
    private readonly about: { inquiryId: string; orgUnitId: string; authorId: string },
  ) {}

  saying(entry: { whatWentWrong: string; why?: string; whatWasLearnt?: string; prevention?: string }): this {
    this.whatWentWrong = entry.whatWentWrong;
    this.why = entry.why ?? '';
    this.whatWasLearnt = entry.whatWasLearnt ?? '';
    this.prevention = entry.prevention ?? '';
    return this;
  }

  withCanRecur(answer: 'yes' | 'no' | 'unknown'): this {
    this.canRecur = answer;
    return this;
  }

  async build(): Promise<{ id: string }> {
    const [row] = await inTenant(this.db, this.tenantId, (em) =>
      runQuery(
        em,
        qb
          .insertInto('learning_entry')
          .values({
            tenant_id: this.tenantId,
            inquiry_id: this.about.inquiryId,
            org_unit_id: this.about.orgUnitId,
            author_id: this.about.authorId,
            what_went_wrong: this.whatWentWrong,
            why: this.why,
            what_was_learnt: this.whatWasLearnt,
            can_recur: this.canRecur,
            prevention: this.prevention,
          })
          .returning('id'),
      ),
    );
    return { id: row.id };
  }
}

/** A unit's learning entry about an inquiry. */
export const aLearningEntry = (db: BuilderDb, tenantId: string, about: { inquiryId: string; orgUnitId: string; authorId: string }) =>
  new LearningEntryBuilder(db, tenantId, about);
