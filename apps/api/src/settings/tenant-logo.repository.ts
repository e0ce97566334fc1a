import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { LogoPicture } from './logo-image';

const ID = '00000000-0000-4000-8000-000000000001';

/** The stored logo as the header loads it. */
export interface StoredLogo {
  png: Buffer;
  updatedAt: Date;
}

/** The tenant's logo: one row per tenant, replaced on upload (the SQL is in tenant-logo.repository.sql). */
export const tenantLogoQueries = {
  save: defineQuery([ID, ID, { png: Buffer.from('png'), width: 40, height: 20 } as LogoPicture], (tenantId: string, userId: string, logo: LogoPicture) =>
    qb
      .insertInto('tenant_logo')
      .values({ tenant_id: tenantId, png: logo.png, width: logo.width, height: logo.height, updated_by: userId })
      .onConflict((conflict) =>
        conflict.column('tenant_id').doUpdateSet((eb) => ({
          png: eb.ref('excluded.png'), width: eb.ref('excluded.width'), height: eb.ref('excluded.height'), updated_by: eb.ref('excluded.updated_by'), updated_at: sql<Date>`now()`,
        })),
      ),
  ),
  current: defineQuery([], () => qb.selectFrom('tenant_logo').select(['png', 'updated_at as updatedAt'])),
  remove: defineQuery([], () => qb.deleteFrom('tenant_logo')),
};

/** Reads and writes of the logo, in the caller's transaction under the tenant's RLS (which picks the one row). */
export const tenantLogoRepository = {
  async save(em: EntityManager, tenantId: string, userId: string, logo: LogoPicture): Promise<void> {
    await runWrite(em, tenantLogoQueries.save(tenantId, userId, logo));
  },

  async current(em: EntityManager): Promise<StoredLogo | undefined> {
    const [row] = await runQuery(em, tenantLogoQueries.current());
    return row;
  },

  /** Whether there was a logo to remove. */
  async remove(em: EntityManager): Promise<boolean> {
    return (await runWrite(em, tenantLogoQueries.remove())) > 0;
  },
};
