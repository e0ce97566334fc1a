import { inContext } from '@raadgiver/db';
import { createTestDatabase, TestDatabase } from '../test-database';
import { aLearningEntry, anImportJob, anInquiry, anInvitation, aReport, aTenant, aUser, BuiltTenant, BuiltUser, theTenant } from './builders';

describe('the test data builders', () => {
  let db: TestDatabase;
  /** A second tenant, whose context must see none of what is built for the first. */
  let other: BuiltTenant;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
    other = await aTenant(db).named('Andenrup Kommune').build();
  });
  afterAll(() => db?.drop());

  /** What the app role sees of a query in a tenant's context, under row-level security. */
  const seenBy = <T>(tenantId: string, sql: string, params: unknown[] = []) =>
    inContext(db.app, { tenantId, userId: null }, (em) => em.query<T[]>(sql, params));
  const count = async (tenantId: string, table: string, ids: string[]) =>
    (await seenBy<{ n: number }>(tenantId, `SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]))[0].n;

  it('make a tenant with a unit tree, a contact bound to a unit, and a published report addressed to it', async () => {
    const tenant = await aTenant(db).named('Testrup Kommune').withUnit('Socialområdet', { kind: 'center' }).withUnit('Børn og Unge', { parent: 'Socialområdet' }).build();
    const child = tenant.units.get('Børn og Unge') as string;
    const contact = await aUser(db).named('Kontakt').withPassword('a-long-enough-password').in(tenant.id, 'department_contact', { units: [child] }).build();
    const report = await aReport(db, tenant.id, contact.id).forYear(2029).published().withRecommendation({ title: 'Svar i tide', units: [child] }).build();

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
    expect(await count(other.id, 'org_unit', [...tenant.units.values()])).toBe(0);
    expect(await seenBy(other.id, 'SELECT 1 FROM membership WHERE user_id = $1', [contact.id])).toEqual([]);
    expect(await count(other.id, 'report', [report.id])).toBe(0);
  });

  it('make a tenant\'s catalogue, population and decided cases, and add units and entries to an existing tenant', async () => {
    const author = await aUser(db).build();
    const tenant = await aTenant(db)
      .withUnit('Jobcenter', { kind: 'center', shortName: 'JC', nationalArea: 'employment', validTo: '2030-12-31' })
      .withCategory('Sagsbehandlingstid', { nationalCode: 'processing_time' })
      .withOutcome('Afvist', { nationalCode: 'rejected_outdated', active: false })
      .withPopulation(2024, 25_000)
      .withDecidedCases({ unit: 'Jobcenter', year: 2024, cases: 4000, by: author.id })
      .build();
    const more = await theTenant(db, tenant.id)
      .withUnit('Ydelser', { nationalArea: 'employment' })
      .withCategory('Andet')
      .withUnitLink({ predecessor: tenant.units.get('Jobcenter') as string, successor: 'Ydelser', kind: 'merged', effectiveDate: '2031-01-01' })
      .build();

    const seen = await inContext(db.app, { tenantId: tenant.id, userId: null }, async (em) => ({
      units: await em.query('SELECT name, short_name, kind, national_area, valid_to::text FROM org_unit ORDER BY name'),
      categories: await em.query('SELECT id, name, national_code, active FROM category ORDER BY name'),
      outcomes: await em.query('SELECT id, name, national_code, active FROM outcome'),
      // Public to every tenant (the benchmark's denominators): the tenant's own rows.
      population: await em.query('SELECT year, inhabitants FROM tenant_population WHERE tenant_id = $1', [tenant.id]),
      decided: await em.query('SELECT org_unit_id, year, decided_cases, updated_by FROM decided_case_volume WHERE tenant_id = $1', [tenant.id]),
      links: await em.query('SELECT predecessor_id, successor_id, kind, effective_date::text FROM org_unit_link'),
    }));
    expect(more).toMatchObject({ id: tenant.id, slug: tenant.slug });
    expect(seen).toEqual({
      units: [
        { name: 'Jobcenter', short_name: 'JC', kind: 'center', national_area: 'employment', valid_to: '2030-12-31' },
        { name: 'Ydelser', short_name: null, kind: 'department', national_area: 'employment', valid_to: null },
      ],
      categories: [
        { id: more.categories.get('Andet'), name: 'Andet', national_code: 'other', active: true },
        { id: tenant.categories.get('Sagsbehandlingstid'), name: 'Sagsbehandlingstid', national_code: 'processing_time', active: true },
      ],
      outcomes: [{ id: tenant.outcomes.get('Afvist'), name: 'Afvist', national_code: 'rejected_outdated', active: false }],
      population: [{ year: 2024, inhabitants: 25_000 }],
      decided: [{ org_unit_id: tenant.units.get('Jobcenter'), year: 2024, decided_cases: 4000, updated_by: author.id }],
      links: [{ predecessor_id: tenant.units.get('Jobcenter'), successor_id: more.units.get('Ydelser'), kind: 'merged', effective_date: '2031-01-01' }],
    });
    expect(await seenBy(other.id, 'SELECT 1 FROM category UNION ALL SELECT 1 FROM outcome UNION ALL SELECT 1 FROM decided_case_volume UNION ALL SELECT 1 FROM org_unit_link')).toEqual([]);
  });

  it('make a user with roles in two tenants, seen in each only with that tenant\'s roles', async () => {
    const first = await aTenant(db).withUnit('Borgerservice').build();
    const user = await aUser(db).withEmail('To.Steder@Test.Example').in(first.id, 'advisor').in(first.id, 'department_contact', { units: [first.units.get('Borgerservice') as string] }).in(other.id, 'council_viewer').build();
    expect(user.email).toBe('to.steder@test.example');
    const roles = (tenantId: string) => seenBy<{ role: string }>(tenantId, 'SELECT role FROM membership WHERE user_id = $1 ORDER BY role', [user.id]);
    expect(await roles(first.id)).toEqual([{ role: 'advisor' }, { role: 'department_contact' }]);
    expect(await roles(other.id)).toEqual([{ role: 'council_viewer' }]);
    const starting = await aUser(db).startingIn(other.id).build();
    const { rows } = await db.admin.query('SELECT id, default_tenant_id FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY email', [[user.id, starting.id]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.default_tenant_id]))).toEqual({ [user.id]: first.id, [starting.id]: other.id });
  });

  describe('in a tenant with a unit, a category, an outcome and an advisor', () => {
    let tenant: BuiltTenant;
    let advisor: BuiltUser;
    let unit: string;
    beforeAll(async () => {
      tenant = await aTenant(db).withUnit('Jobcenter').withCategory('Sagsbehandlingstid').withCategory('Inddragelse').withOutcome('Kritik').build();
      unit = tenant.units.get('Jobcenter') as string;
      advisor = await aUser(db).in(tenant.id, 'advisor').build();
    });

    it('make an inquiry with its citizen, unit, outcome, categories and dates, and a follow-up for the same citizen', async () => {
      const categories = [...tenant.categories.values()];
      const main = await anInquiry(db, tenant.id)
        .withReference('SAG-1')
        .withCitizen('C-1', 'Søren Kierkegaard')
        .ofKind('complaint')
        .via('letter')
        .receivedOn('2024-03-01')
        .firstContactOn('2024-03-03')
        .closedOn('2024-03-21')
        .withStatus('closed')
        .withSummary('Spørgsmål om partshøring')
        .inUnit(unit)
        .withOutcome(tenant.outcomes.get('Kritik') as string)
        .withCategories(...categories)
        .build();
      const followUp = await anInquiry(db, tenant.id).forCitizen(main.citizenId).ofKind('complaint').followingUp(main.id).build();

      const [seen] = await seenBy(
        tenant.id,
        `SELECT i.reference, c.reference AS citizen, c.display_name, i.kind, i.channel, i.received_on::text, i.first_contact_on::text, i.closed_on::text,
                i.status, i.summary, i.org_unit_id, i.outcome_id, array(SELECT category_id::text FROM inquiry_category WHERE inquiry_id = i.id ORDER BY category_id) AS categories
           FROM inquiry i JOIN citizen c ON c.id = i.citizen_id WHERE i.id = $1`,
        [main.id],
      );
      expect(seen).toEqual({
        reference: 'SAG-1', citizen: 'C-1', display_name: 'Søren Kierkegaard', kind: 'complaint', channel: 'letter', received_on: '2024-03-01',
        first_contact_on: '2024-03-03', closed_on: '2024-03-21', status: 'closed', summary: 'Spørgsmål om partshøring', org_unit_id: unit,
        outcome_id: tenant.outcomes.get('Kritik'), categories: [...categories].sort(),
      });
      expect(await seenBy(tenant.id, 'SELECT main_inquiry_id, citizen_id, status FROM inquiry WHERE id = $1', [followUp.id])).toEqual([
        { main_inquiry_id: main.id, citizen_id: main.citizenId, status: 'open' },
      ]);
      expect(await count(other.id, 'inquiry', [main.id, followUp.id])).toBe(0);
      expect(await count(other.id, 'citizen', [main.citizenId])).toBe(0);
    });

    it('make a report with a comparison period, versions, a follow-up note, and recommendations with follow-up answers', async () => {
      const report = await aReport(db, tenant.id, advisor.id)
        .forYear(2019)
        .comparedWith(2018)
        .titled('Borgerrådgiverens beretning 2019')
        .withStatus('generating')
        .withForeword('Forord')
        .withFollowUpIntro('Indledning')
        .withVersion({ version: 1, status: 'ready', progress: 100, figures: { registrations: 192 } })
        .withVersion({ version: 2 })
        .withFollowUpNote({ version: 1, progress: 50 })
        .withRecommendation({ title: 'Styrk dialogen', sortOrder: 10, dueOn: '2020-06-30', status: 'in_progress', units: [unit], followUps: [{ unit, text: 'Møde i efteråret', proposedStatus: 'implemented' }] })
        .withRecommendation({ title: 'Generel', sortOrder: 20 })
        .build();

      const seen = await inContext(db.app, { tenantId: tenant.id, userId: null }, async (em) => ({
        report: await em.query(
          `SELECT title, status, period_from::text, period_to::text, comparison_from::text, comparison_to::text, current_version, foreword, follow_up_intro, published_at, created_by FROM report WHERE id = $1`,
          [report.id],
        ),
        versions: await em.query('SELECT version, status, progress, figures FROM report_version WHERE report_id = $1 ORDER BY version', [report.id]),
        notes: await em.query('SELECT version, status, progress FROM follow_up_note WHERE report_id = $1', [report.id]),
        recommendations: await em.query(
          `SELECT r.id, r.title, r.text, r.due_on::text, r.status, array(SELECT org_unit_id::text FROM recommendation_org_unit WHERE recommendation_id = r.id) AS units
             FROM recommendation r WHERE r.report_id = $1 ORDER BY r.sort_order`,
          [report.id],
        ),
        followUps: await em.query('SELECT f.org_unit_id, f.text, f.written_by, f.proposed_status FROM recommendation_follow_up f JOIN recommendation r ON r.id = f.recommendation_id WHERE r.report_id = $1', [report.id]),
      }));
      expect(seen).toEqual({
        report: [{
          title: 'Borgerrådgiverens beretning 2019', status: 'generating', period_from: '2019-01-01', period_to: '2019-12-31', comparison_from: '2018-01-01',
          comparison_to: '2018-12-31', current_version: 2, foreword: 'Forord', follow_up_intro: 'Indledning', published_at: null, created_by: advisor.id,
        }],
        versions: [{ version: 1, status: 'ready', progress: 100, figures: { registrations: 192 } }, { version: 2, status: 'generating', progress: 0, figures: null }],
        notes: [{ version: 1, status: 'generating', progress: 50 }],
        recommendations: [
          { id: report.recommendations.get('Styrk dialogen'), title: 'Styrk dialogen', text: 'Tekst', due_on: '2020-06-30', status: 'in_progress', units: [unit] },
          { id: report.recommendations.get('Generel'), title: 'Generel', text: 'Tekst', due_on: null, status: 'open', units: [] },
        ],
        followUps: [{ org_unit_id: unit, text: 'Møde i efteråret', written_by: advisor.id, proposed_status: 'implemented' }],
      });
      expect(await count(other.id, 'report', [report.id])).toBe(0);
      expect(await seenBy(other.id, 'SELECT 1 FROM report_version UNION ALL SELECT 1 FROM follow_up_note UNION ALL SELECT 1 FROM recommendation_follow_up')).toEqual([]);
    });

    it('make a learning entry, an invitation and an import job', async () => {
      const inquiry = await anInquiry(db, tenant.id).ofKind('complaint').inUnit(unit).build();
      const entry = await aLearningEntry(db, tenant.id, { inquiryId: inquiry.id, orgUnitId: unit, authorId: advisor.id })
        .saying({ whatWentWrong: 'Svaret kom for sent', why: 'Travlhed', whatWasLearnt: 'Frister', prevention: 'Kalender' })
        .withCanRecur('yes')
        .build();
      const expiresAt = new Date('2031-01-01T00:00:00Z');
      const invitation = await anInvitation(db, tenant.id, advisor.id).forEmail('Ny@Test.Example', 'Ny Kontakt').asRoles(['department_contact'], { units: [unit] }).expiringAt(expiresAt).build();
      const job = await anImportJob(db, tenant.id, advisor.id, { content: Buffer.from('a;b\n'), format: 'csv' }).creatingMissing().build();

      const seen = await inContext(db.app, { tenantId: tenant.id, userId: null }, async (em) => ({
        entry: await em.query('SELECT inquiry_id, org_unit_id, author_id, what_went_wrong, why, what_was_learnt, can_recur, prevention FROM learning_entry WHERE id = $1', [entry.id]),
        invitation: await em.query('SELECT email, display_name, roles, org_unit_ids, invited_by, expires_at, revoked_at FROM tenant_invitation WHERE id = $1', [invitation.id]),
        job: await em.query(`SELECT user_id, file_name, format, convert_from(content, 'UTF8') AS content, create_missing, status FROM import_job WHERE id = $1`, [job.id]),
      }));
      expect(seen).toEqual({
        entry: [{ inquiry_id: inquiry.id, org_unit_id: unit, author_id: advisor.id, what_went_wrong: 'Svaret kom for sent', why: 'Travlhed', what_was_learnt: 'Frister', can_recur: 'yes', prevention: 'Kalender' }],
        invitation: [{ email: 'ny@test.example', display_name: 'Ny Kontakt', roles: ['department_contact'], org_unit_ids: [unit], invited_by: advisor.id, expires_at: expiresAt, revoked_at: null }],
        job: [{ user_id: advisor.id, file_name: 'test.csv', format: 'csv', content: 'a;b\n', create_missing: true, status: 'queued' }],
      });
      expect(await count(other.id, 'learning_entry', [entry.id])).toBe(0);
      expect(await count(other.id, 'tenant_invitation', [invitation.id])).toBe(0);
      expect(await count(other.id, 'import_job', [job.id])).toBe(0);
    });

    it('write an aggregate in one transaction: an inquiry naming another tenant\'s unit is refused and leaves no citizen', async () => {
      await expect(anInquiry(db, other.id).withCitizen('C-REFUSED').inUnit(unit).build()).rejects.toThrow(/foreign key/);
      expect(await seenBy(other.id, `SELECT 1 FROM citizen WHERE reference = 'C-REFUSED'`)).toEqual([]);
    });
  });
});
