import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { inContext } from '../tenancy/db-context';
import { APP_ROLE, RETENTION_ROLE, SEARCH_ROLE } from '../tenancy/roles';

/** Issue 18, point 11: audit events cannot be changed or deleted by any role the application uses; only retention removes them. */
describe('audit events are immutable at the database', () => {
  let db: TestDatabase;
  let tenantId: string;
  let eventId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    tenantId = (await db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
    eventId = (
      await db.admin.query<{ id: string }>(
        `INSERT INTO audit_event (tenant_id, occurred_at, action, subject_type) VALUES ($1, now() - interval '10 years', 'inquiry.read', 'inquiry') RETURNING id`,
        [tenantId],
      )
    ).rows[0].id;
  });

  afterAll(() => db.drop());

  const eventStillThere = async () => (await db.admin.query(`SELECT action FROM audit_event WHERE id = $1`, [eventId])).rows;

  it('refuses UPDATE, DELETE and TRUNCATE to the role the API and the worker connect as, in and out of the tenant', async () => {
    expect((await db.app.query('SELECT current_user AS role'))[0].role).toBe(APP_ROLE);
    for (const statement of [`UPDATE audit_event SET action = 'changed'`, `DELETE FROM audit_event`, `DELETE FROM audit_event WHERE id = '${eventId}'`, 'TRUNCATE audit_event']) {
      await expect(inContext(db.app, { tenantId, userId: null }, (em) => em.query(statement))).rejects.toThrow(/permission denied/);
      await expect(db.app.query(statement)).rejects.toThrow(/permission denied/);
    }
    // Nor can it take on the roles that may more.
    await expect(inContext(db.app, { tenantId, userId: null }, (em) => em.query(`SET LOCAL ROLE ${RETENTION_ROLE}`))).rejects.toThrow(/permission denied/);
    await expect(inContext(db.app, { tenantId, userId: null }, (em) => em.query(`SET LOCAL ROLE ${SEARCH_ROLE}`))).rejects.toThrow(/permission denied/);
    expect(await eventStillThere()).toEqual([{ action: 'inquiry.read' }]);
  });

  it('refuses them to the owner (migrations) and the search role too, by the trigger where privileges would allow', async () => {
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`SELECT set_config('app.tenant_id', $1, false)`, [tenantId]);
      // Row-level security (no UPDATE policy) finds no row to change; the owner, a member of the retention role (to hand
      // it the functions), passes the retention role's DELETE policy, and the trigger refuses it.
      expect((await owner.query(`UPDATE audit_event SET action = 'changed' WHERE id = $1`, [eventId])).rowCount).toBe(0);
      await expect(owner.query(`DELETE FROM audit_event WHERE id = $1`, [eventId])).rejects.toThrow(/audit events cannot be changed or deleted/);
      // And with the policies out of the way, the trigger refuses.
      for (const statement of [`UPDATE audit_event SET action = 'changed' WHERE id = $1`, `DELETE FROM audit_event WHERE id = $1`]) {
        await owner.query('BEGIN');
        await owner.query('ALTER TABLE audit_event NO FORCE ROW LEVEL SECURITY');
        await expect(owner.query(statement, [eventId])).rejects.toThrow(/audit events cannot be changed or deleted/);
        await owner.query('ROLLBACK');
      }
      await expect(owner.query('TRUNCATE audit_event')).rejects.toThrow(/audit events cannot be truncated/);
      for (const role of [SEARCH_ROLE, RETENTION_ROLE]) {
        await owner.query('BEGIN');
        await owner.query(`SET LOCAL ROLE ${role}`);
        await expect(owner.query(`UPDATE audit_event SET action = 'changed' WHERE id = $1`, [eventId])).rejects.toThrow(/permission denied|cannot be changed/);
        await owner.query('ROLLBACK');
      }
    } finally {
      await owner.end();
    }
    expect(await eventStillThere()).toEqual([{ action: 'inquiry.read' }]);
  });

  it('lets the app role remove audit events only through retention_purge_audit, never younger than the retention', async () => {
    await expect(inContext(db.app, { tenantId, userId: null }, (em) => em.query(`SELECT retention_anonymise($1::uuid, gen_random_uuid(), 'x')`, [tenantId]))).rejects.toThrow(/permission denied/);
    // Another tenant's context is refused.
    const other = (await db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'norddjurs'`)).rows[0].id;
    await expect(inContext(db.app, { tenantId: other, userId: null }, (em) => em.query(`SELECT retention_purge_audit($1::uuid, now())`, [tenantId]))).rejects.toThrow(/tenant/);
    const recent = await db.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND occurred_at >= now() - interval '5 years'`, [tenantId]);
    const [{ removed }] = await inContext(db.app, { tenantId, userId: null }, (em) => em.query(`SELECT retention_purge_audit($1::uuid, now()) AS removed`, [tenantId]));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await eventStillThere()).toEqual([]);
    // Everything inside the 5 years stays, and the purge is itself audited.
    const after = await db.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND occurred_at >= now() - interval '5 years' AND action <> 'audit.purged'`, [tenantId]);
    expect(after.rows[0].n).toBe(recent.rows[0].n);
    const purged = await db.admin.query(`SELECT details->>'events' AS events FROM audit_event WHERE tenant_id = $1 AND action = 'audit.purged'`, [tenantId]);
    expect(purged.rows).toEqual([{ events: String(removed) }]);
  });
});
