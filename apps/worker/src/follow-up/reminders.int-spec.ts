import { INestApplicationContext } from '@nestjs/common';
import { RecommendationStatus, TenantRole } from '@raadgiver/domain';
import { aReport, aUser, createTestDatabase, MailCatcher, redisUrl, startMailCatcher, TestDatabase, uniqueName } from '@raadgiver/testing';
import { DataSource } from 'typeorm';
import { DatabaseConnection } from '../database/database.module';
import { createWorkerApp } from '../worker';
import { WorkerConfig } from '../worker-config';
import { Mailer } from '../mail/mailer';
import { RemindersService } from './reminders.service';

const DAY = '2031-03-10';
const NEXT_DAY = '2031-03-11';

describe('the follow-up.send-reminders job', () => {
  let db: TestDatabase;
  let catcher: MailCatcher;
  let app: INestApplicationContext;
  let service: RemindersService;
  let tenantId: string;
  const users: Record<'unit' | 'parent' | 'elsewhere' | 'advisor' | 'deactivated', { id: string; email: string }> = {} as never;
  const titles = {
    dueSoon: 'Svar inden for fristen (snart)',
    overdue: 'Kvittér for modtagelsen (overskredet)',
    later: 'Bedre notatpligt (om 20 dage)',
    implemented: 'Partshøring (gennemført)',
    draft: 'Kladde-anbefaling',
  };
  let seedCitizenNames: string[];
  let seedSummaries: string[];

  /** The mails to the users made by this test (the seed's own contacts may get reminders too). */
  const ours = () => catcher.messages().filter((m) => Object.values(users).some((u) => m.to.includes(u.email)));
  const pairs = () => ours().map((m) => `${m.to.join()} ${Object.entries(titles).find(([, t]) => m.text.includes(`"${t}"`))?.[0]}`).sort();

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    catcher = await startMailCatcher();
    const config: WorkerConfig = {
      redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix: uniqueName('test_remind'), concurrency: 1, lockMs: 30_000,
      mail: { smtpUrl: catcher.url, from: 'Raadgiver <noreply@raadgiver.test>', adminUrl: 'http://admin.test' },
    };
    app = await createWorkerApp(config, { logger: false });
    await app.get(DatabaseConnection).open();
    service = app.get(RemindersService);

    const { rows: [who] } = await db.admin.query<{ tenant_id: string; user_id: string }>(
      `SELECT m.tenant_id, m.user_id FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE t.slug = 'lejre' AND m.role = 'advisor' LIMIT 1`,
    );
    tenantId = who.tenant_id;
    // A unit with a parent, and another unit elsewhere in the tree.
    const { rows: [unit] } = await db.admin.query<{ id: string; parent_id: string }>('SELECT id, parent_id FROM org_unit WHERE tenant_id = $1 AND parent_id IS NOT NULL ORDER BY name LIMIT 1', [tenantId]);
    const { rows: [elsewhere] } = await db.admin.query<{ id: string }>(
      `SELECT id FROM org_unit WHERE tenant_id = $1 AND id NOT IN ($2, $3) AND (parent_id IS NULL OR parent_id <> $3) ORDER BY name LIMIT 1`,
      [tenantId, unit.id, unit.parent_id],
    );
    const addUser = async (key: keyof typeof users, role: TenantRole, unitId: string) => {
      const email = `${key}-${uniqueName('x').toLowerCase()}@reminders.test`;
      users[key] = await aUser(db).withEmail(email).named(`Kontakt ${key}`).in(tenantId, role, { units: [unitId] }).build();
    };
    await addUser('unit', 'department_contact', unit.id);
    await addUser('parent', 'department_contact', unit.parent_id);
    await addUser('elsewhere', 'department_contact', elsewhere.id);
    await addUser('advisor', 'advisor', unit.id);
    // A contact of the unit whose membership the tenant admin deactivated gets no reminders.
    await addUser('deactivated', 'department_contact', unit.id);
    await db.admin.query('UPDATE membership SET deactivated_at = now() WHERE user_id = $1', [users.deactivated.id]);

    const addressed = (title: string, dueOn: string, status: RecommendationStatus) => ({ title, dueOn, status, units: [unit.id] });
    await aReport(db, tenantId, who.user_id)
      .forYear(2029)
      .published()
      .withRecommendation(addressed(titles.dueSoon, '2031-03-24', 'open')) // in 14 days: the last day of the window
      .withRecommendation(addressed(titles.overdue, '2031-02-01', 'in_progress'))
      .withRecommendation(addressed(titles.later, '2031-03-30', 'open')) // in 20 days
      .withRecommendation(addressed(titles.implemented, '2031-03-12', 'implemented'))
      .build();
    await aReport(db, tenantId, who.user_id).forYear(2030).withRecommendation(addressed(titles.draft, '2031-03-12', 'open')).build();

    seedCitizenNames = (await db.admin.query<{ display_name: string }>('SELECT display_name FROM citizen WHERE tenant_id = $1', [tenantId])).rows.map((r) => r.display_name);
    seedSummaries = (await db.admin.query<{ summary: string }>(`SELECT summary FROM inquiry WHERE tenant_id = $1 AND summary <> ''`, [tenantId])).rows.map((r) => r.summary);
  });

  afterAll(async () => {
    await app?.close();
    await catcher?.stop();
    await db?.drop();
  });

  it('e-mails each active contact of an addressed unit or its parent once per due recommendation, however often it runs that day', async () => {
    const first = await service.sendReminders(DAY);
    expect(first.mailDisabled).toBe(false);
    expect(pairs()).toEqual(
      [`${users.unit.email} dueSoon`, `${users.unit.email} overdue`, `${users.parent.email} dueSoon`, `${users.parent.email} overdue`].sort(),
    );

    const second = await service.sendReminders(DAY);
    expect(ours()).toHaveLength(4);
    expect(second.sent).toBe(0);
    expect(second.alreadySent).toBe(first.sent + first.alreadySent);
    const { rows } = await db.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM reminder_sent WHERE user_id = ANY($1::uuid[]) AND sent_on = $2', [
      Object.values(users).map((u) => u.id), DAY,
    ]);
    expect(rows[0].n).toBe(4);
  });

  it('says in Danish which recommendation, report and due date, links to the admin, and holds no citizen data', () => {
    const soon = ours().find((m) => m.to.includes(users.unit.email) && m.text.includes(titles.dueSoon));
    expect(soon?.subject).toBe(`Påmindelse: anbefalingen "${titles.dueSoon}" har frist 24.3.2031`);
    expect(soon?.from).toBe('noreply@raadgiver.test');
    expect(soon?.text).toContain(`Borgerrådgiverens anbefaling "${titles.dueSoon}" i Beretning 2029 har frist 24.3.2031, om 14 dage.`);
    expect(soon?.text).toContain('http://admin.test');
    const overdue = ours().find((m) => m.text.includes(titles.overdue));
    expect(overdue?.subject).toBe(`Påmindelse: fristen for anbefalingen "${titles.overdue}" er overskredet`);
    expect(overdue?.text).toContain('fristen er overskredet med 37 dage');
    expect(overdue?.text).toContain('Anbefalingen har status: I gang.');
    // The tenant has citizens and inquiry summaries; none of it reaches a reminder.
    expect(seedCitizenNames.length + seedSummaries.length).toBeGreaterThan(0);
    for (const mail of ours()) {
      for (const text of [...seedCitizenNames, ...seedSummaries.map((s) => s.slice(0, 40))]) expect(`${mail.subject}\n${mail.text}`).not.toContain(text);
    }
  });

  it('sends again the next day', async () => {
    catcher.clear();
    await service.sendReminders(NEXT_DAY);
    expect(pairs()).toEqual(
      [`${users.unit.email} dueSoon`, `${users.unit.email} overdue`, `${users.parent.email} dueSoon`, `${users.parent.email} overdue`].sort(),
    );
    expect(ours().find((m) => m.text.includes(titles.dueSoon))?.text).toContain('om 13 dage');
  });

  it('keeps no record of a reminder the SMTP server did not take, so a retry sends it', async () => {
    const day = '2031-03-12';
    const failing = { enabled: true, send: async () => Promise.reject(new Error('SMTP down')) } as unknown as Mailer;
    const broken = new RemindersService(app.get(DataSource), failing, { mail: { smtpUrl: 'smtp://x', from: 'x', adminUrl: 'http://admin.test' } } as WorkerConfig);
    await expect(broken.sendReminders(day)).rejects.toThrow('SMTP down');
    const sentOn = async () =>
      (await db.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM reminder_sent WHERE user_id = ANY($1::uuid[]) AND sent_on = $2', [Object.values(users).map((u) => u.id), day])).rows[0].n;
    expect(await sentOn()).toBe(0);
    catcher.clear();
    await service.sendReminders(day);
    expect(ours()).toHaveLength(4);
    expect(await sentOn()).toBe(4);
  });
});
