import { inContext } from '@raadgiver/db';
import { createTestDatabase, TestDatabase } from '../test-database';
import { aReport, aTenant, aUser } from './builders';

describe('the test data builders', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(() => db?.drop());

  it('make a tenant with a unit tree, a contact bound to a unit, and a published report addressed to it', async () => {
    const tenant = await aTenant(db.admin).named('Testrup Kommune').withUnit('Socialområdet', { kind: 'center' }).withUnit('Børn og Unge', { parent: 'Socialområdet' }).build();
    const child = tenant.units.get('Børn og Unge') as string;
    const contact = await aUser(db.admin).named('Kontakt').withPassword('a-long-enough-password').in(tenant.id, 'department_contact', { units: [child] }).build();
    const report = await aReport(db.admin, tenant.id, contact.id).forYear(2029).published().withRecommendation({ title: 'Svar i tide', units: [child] }).build();

    // What the app role sees in the new tenant's context, under row-level security.
    const seen = await inContext(db.app, { tenantId: tenant.id, userId: null }, async (em) => ({
      units: await em.query<{ name: string; parent: string | null }[]>(
        'SELECT u.name, p.name AS parent FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id ORDER BY u.sort_order',
      ),
      roles: await em.query<{ role: string; units: string[] }[]>(
        `SELECT m.role, array(SELECT org_unit_id::text FROM membership_org_unit WHERE user_id = m.user_id) AS units FROM membership m WHERE m.user_id = $1`,
        [contact.id],
      ),
      reports: await em.query<{ status: string; title: string }[]>('SELECT status, title FROM report'),
      addressed: await em.query<{ id: string }[]>('SELECT recommendation_id AS id FROM recommendation_org_unit WHERE org_unit_id = $1', [child]),
    }));
    expect(seen).toEqual({
      units: [{ name: 'Socialområdet', parent: null }, { name: 'Børn og Unge', parent: 'Socialområdet' }],
      roles: [{ role: 'department_contact', units: [child] }],
      reports: [{ status: 'published', title: 'Beretning 2029' }],
      addressed: [{ id: report.recommendations.get('Svar i tide') }],
    });
    const { rows: [user] } = await db.admin.query('SELECT default_tenant_id, password_hash IS NOT NULL AS has_password FROM app_user WHERE id = $1', [contact.id]);
    expect(user).toEqual({ default_tenant_id: tenant.id, has_password: true });
  });
});
