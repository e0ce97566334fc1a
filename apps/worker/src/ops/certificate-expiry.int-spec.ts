import { INestApplicationContext } from '@nestjs/common';
import { METRIC_NAMES } from '@raadgiver/domain';
import { createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Registry } from 'prom-client';
import { CERTIFICATES, seconds } from '../testing/saml-certificates';
import { createWorkerApp, startWorker } from '../worker';
import { registerCertificateExpiry } from './certificate-expiry';
import { WorkerHttpServer } from './worker-http';

/** The value of one series of a Prometheus text exposition, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
const IDP = `${METRIC_NAMES.secretExpiry}{kind="saml_idp_certificate"}`;
const SP = `${METRIC_NAMES.secretExpiry}{kind="saml_sp_certificate"}`;

describe('the SAML certificate expiry gauge of the worker', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let metricsUrl: string;
  let tenants: Map<string, string>;

  const setProvider = (slug: string, kind: 'saml' | 'oidc', enabled: boolean, config: object) =>
    db.admin.query(
      `INSERT INTO tenant_identity_provider (tenant_id, kind, config, sealed_secret, enabled) VALUES ($1, $2, $3, 'sealed', $4)
       ON CONFLICT (tenant_id) DO UPDATE SET kind = excluded.kind, config = excluded.config, enabled = excluded.enabled`,
      [tenants.get(slug), kind, JSON.stringify(config), enabled],
    );
  const samlConfig = (idpCertificates: string[], spCertificate: string) => ({ idpEntityId: 'https://idp.example/', idpSsoUrl: 'https://idp.example/sso', idpCertificates, spCertificate });
  /** A scrape of a gauge of its own (its own cache) over the test database. */
  const freshScrape = async () => {
    const registry = new Registry();
    registerCertificateExpiry(registry, db.app);
    return registry.metrics();
  };

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    app = await createWorkerApp(
      { redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix: uniqueName('test_certexpiry'), concurrency: 1, lockMs: 30_000, http: { port: 0, host: '127.0.0.1' } },
      { logger: false },
    );
    await startWorker(app);
    metricsUrl = `${await app.get(WorkerHttpServer).listen()}/metrics`;
    const { rows } = await db.admin.query<{ slug: string; id: string }>('SELECT slug, id FROM tenant');
    tenants = new Map(rows.map((r) => [r.slug, r.id]));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('has no series while no municipality has a SAML login', async () => {
    await setProvider('lyngby-taarbaek', 'oidc', true, { issuer: 'https://oidc.example/', clientId: 'raadgiver', idpCertificates: [CERTIFICATES.ignored] });
    const text = await freshScrape();
    expect(text).toContain(`# TYPE ${METRIC_NAMES.secretExpiry} gauge`);
    expect(text).not.toContain(`${METRIC_NAMES.secretExpiry}{`);
  });

  it('reads the certificates through saml_certificates(), which only the app role may execute and which returns no secret', async () => {
    const grantees = await db.admin.query<{ grantee: string }>(
      `SELECT DISTINCT grantee FROM information_schema.routine_privileges WHERE routine_name = 'saml_certificates' AND privilege_type = 'EXECUTE' ORDER BY grantee`,
    );
    // The search role owns it (owners may always execute); PUBLIC may not.
    expect(grantees.rows.map((r) => r.grantee)).toEqual(['raadgiver_app', 'raadgiver_search']);
    const columns = await db.admin.query<{ name: string }>(
      `SELECT unnest(proargnames) AS name FROM pg_proc WHERE proname = 'saml_certificates'`,
    );
    expect(columns.rows.map((r) => r.name)).toEqual(['tenant_id', 'slug', 'kind', 'certificate']);
  });

  it("serves the earliest notAfter of each kind over the enabled SAML logins in the worker's /metrics, cached", async () => {
    await setProvider('lejre', 'saml', true, samlConfig([CERTIFICATES.idpNext, CERTIFICATES.idpCurrent], CERTIFICATES.sp));
    await setProvider('norddjurs', 'saml', false, samlConfig([CERTIFICATES.ignored], CERTIFICATES.ignored));

    const text = await (await fetch(metricsUrl)).text();
    expect(sample(text, IDP)).toBe(seconds('2031-03-15T12:00:00Z'));
    expect(sample(text, SP)).toBe(seconds('2030-11-20T09:30:00Z'));

    // Disabled now: a fresh gauge sees no SAML login left; the worker's answers from its cache until it expires.
    await db.admin.query('UPDATE tenant_identity_provider SET enabled = false WHERE tenant_id = $1', [tenants.get('lejre')]);
    expect(await freshScrape()).not.toContain(`${METRIC_NAMES.secretExpiry}{`);
    expect(sample(await (await fetch(metricsUrl)).text(), IDP)).toBe(seconds('2031-03-15T12:00:00Z'));

    // Enabled again, the disabled one's earlier certificate counts.
    await db.admin.query('UPDATE tenant_identity_provider SET enabled = true', []);
    const both = await freshScrape();
    expect(sample(both, IDP)).toBe(seconds('2027-01-01T00:00:00Z'));
    expect(sample(both, SP)).toBe(seconds('2027-01-01T00:00:00Z'));
  });
});
