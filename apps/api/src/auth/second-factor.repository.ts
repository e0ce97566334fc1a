import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';
const SEALED = 'v1.key.iv.tag.body';
const HASH = 'c0ffee';

export interface SecondFactorRow {
  sealed_secret: string;
  confirmed_at: Date | null;
  last_used_step: string | null;
}

/** Whether the user `u` (app_user by that alias) has a confirmed second factor: for `me` and the users list. */
export const HAS_SECOND_FACTOR = sql<boolean>`EXISTS (SELECT 1 FROM user_second_factor f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)`;

/**
 * A user's second factor (migration 0056). The user's own rows are read and written in their own context (no
 * tenant); a tenant admin sees and resets a member's in the municipality's context (RLS member_factor_*).
 */
export const secondFactorQueries = {
  factor: defineQuery([ID], (userId: string) =>
    qb.selectFrom('user_second_factor').select(['sealed_secret', 'confirmed_at', 'last_used_step']).where('user_id', '=', userId),
  ),
  /** A new secret being set up; a confirmed factor is never overwritten. */
  savePending: defineQuery([ID, SEALED], (userId: string, sealedSecret: string) =>
    qb
      .insertInto('user_second_factor')
      .values({ user_id: userId, sealed_secret: sealedSecret })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ sealed_secret: sealedSecret, created_at: sql`now()` }).where('user_second_factor.confirmed_at', 'is', null),
      ),
  ),
  confirm: defineQuery([ID, 59885416], (userId: string, step: number) =>
    qb
      .updateTable('user_second_factor')
      .set({ confirmed_at: sql`now()`, last_used_step: step })
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is', null)
      .returning('user_id'),
  ),
  /** Takes the step of an accepted code, only when it is later than the last one taken: two uses of one code race to one. */
  takeStep: defineQuery([ID, 59885416], (userId: string, step: number) =>
    qb
      .updateTable('user_second_factor')
      .set({ last_used_step: step })
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is not', null)
      .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]))
      .returning('user_id'),
  ),
  removeRecoveryCodes: defineQuery([ID], (userId: string) => qb.deleteFrom('user_recovery_code').where('user_id', '=', userId)),
  addRecoveryCodes: defineQuery([ID, [HASH]], (userId: string, hashes: string[]) =>
    qb.insertInto('user_recovery_code').values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))),
  ),
  /** Spends an unused recovery code; no row when it is unknown or spent. */
  useRecoveryCode: defineQuery([ID, HASH], (userId: string, hash: string) =>
    qb
      .updateTable('user_recovery_code')
      .set({ used_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null)
      .returning('user_id'),
  ),
  /** Removes a member's factor (a tenant admin's reset, in the municipality's context); its recovery codes go with it. */
  reset: defineQuery([ID], (userId: string) => qb.deleteFrom('user_second_factor').where('user_id', '=', userId).returning('user_id')),
};

export const secondFactorRepository = {
  async factor(em: EntityManager, userId: string): Promise<SecondFactorRow | undefined> {
    const [row] = await runQuery(em, secondFactorQueries.factor(userId));
    return row;
  },

  async savePending(em: EntityManager, userId: string, sealedSecret: string): Promise<void> {
    await runWrite(em, secondFactorQueries.savePending(userId, sealedSecret));
  },

  async confirm(em: EntityManager, userId: string, step: number): Promise<boolean> {
    return (await runQuery(em, secondFactorQueries.confirm(userId, step))).length === 1;
  },

  async takeStep(em: EntityManager, userId: string, step: number): Promise<boolean> {
    return (await runQuery(em, secondFactorQueries.takeStep(userId, step))).length === 1;
  },

  async replaceRecoveryCodes(em: EntityManager, userId: string, hashes: string[]): Promise<void> {
    await runWrite(em, secondFactorQueries.removeRecoveryCodes(userId));
    await runWrite(em, secondFactorQueries.addRecoveryCodes(userId, hashes));
  },

  async useRecoveryCode(em: EntityManager, userId: string, hash: string): Promise<boolean> {
    return (await runQuery(em, secondFactorQueries.useRecoveryCode(userId, hash))).length === 1;
  },

  async reset(em: EntityManager, userId: string): Promise<boolean> {
    return (await runQuery(em, secondFactorQueries.reset(userId))).length === 1;
  },
};
