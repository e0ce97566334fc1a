import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@raadgiver/db';
import { TenantRole } from '@raadgiver/domain';
import { aUser, createTestDatabase, redisUrl, TestDatabase, TotpCodes, uniqueName } from '@raadgiver/testing';
import { createApiApp } from '../bootstrap';
import { ApiConfig, readApiConfig } from '../config/api-config';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
/** The key that seals identity-provider secrets in the tests (SecretBox). */
export const TEST_SECRET_KEYS = `test1:${Buffer.alloc(32, 7).toString('base64')}`;
/** The TOTP step in the tests: short, so one account can log in many times a minute (each step is taken once). */
export const TEST_TOTP_PERIOD_SECONDS = 2;

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions: { code: string; field?: string; messageCode?: string } }[] | undefined;
  setCookie: string | null;
}

export interface Session {
  token: string;
  cookie: string;
}

export interface TestApi {
  url: string;
  app: INestApplication;
  config: ApiConfig;
  /** `language` is sent as Accept-Language (none when left out: the API answers in Danish). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth?: { token?: string; cookie?: string; ip?: string; language?: string }): Promise<GqlResult<T>>;
  /**
   * A full session, through the second factor where there is one: a user who must have one and has none gets it set
   * up here (its secret kept in `totp` for this API's database); a user with one answers its challenge with a code.
   */
  login(email: string, password?: string): Promise<Session>;
  /** The TOTP secrets of the second factors set up through `login`, and codes for them. */
  totp: TotpCodes;
  /** A new citizen in the session's municipality, for tests that need one to register inquiries on; its id. */
  createCitizen(session: Session, reference: string): Promise<string>;
  /**
   * A new user with a membership, written straight into the database: for tests about something else than how people
   * join (that is invitations.int-spec.ts). Their default municipality is the one given. Returns the user's id.
   */
  addUser(user: NewTestUser): Promise<string>;
  close(): Promise<void>;
}

export interface NewTestUser {
  tenantSlug: string;
  email: string;
  displayName: string;
  roles: TenantRole[];
  orgUnitIds?: string[];
  password?: string;
}

/** Second factors are the database's: a second API over the same test database (another configuration) knows them too. */
const TOTP_BY_DATABASE = new Map<string, TotpCodes>();
function totpCodesOf(db: TestDatabase): TotpCodes {
  let codes = TOTP_BY_DATABASE.get(db.appUrl);
  if (!codes) TOTP_BY_DATABASE.set(db.appUrl, (codes = new TotpCodes(TEST_TOTP_PERIOD_SECONDS)));
  return codes;
}

/** The API's settings in the tests: development conveniences switched on explicitly, a private Redis key prefix. */
export function testApiEnv(db: TestDatabase, env: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: db.appUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    SECRET_KEYS: TEST_SECRET_KEYS,
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: uniqueName('rgtest'),
    // The harness stands in for the proxy: `ip` below becomes X-Forwarded-For, believed from loopback only.
    TRUST_PROXY: 'loopback',
    // Development conveniences (stack traces, introspection, cookies without Secure), switched on explicitly.
    NODE_ENV: 'development',
    // Many test files call the public operations from this one machine; the limit has its own test.
    PUBLIC_RATE_LIMIT_PER_MINUTE: '10000',
    // Tests refresh and publish the benchmark, then read it at once.
    BENCHMARK_SNAPSHOT_CHECK_MS: '0',
    TOTP_PERIOD_SECONDS: String(TEST_TOTP_PERIOD_SECONDS),
    ...env,
  };
}

/** The real API on a free port, over a test database and the local Redis with a private key prefix. */
export async function startTestApi(db: TestDatabase, env: Record<string, string> = {}): Promise<TestApi> {
  const config = readApiConfig(testApiEnv(db, env));
  const app = await createApiApp(config, { logs: Boolean(process.env.TEST_API_LOGS) });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { ...testClient(`http://127.0.0.1:${port}`, db), app, config, close: () => app.close() };
}

/** What a test does with an API at `url`, in-process or a process of its own, over the database `db`. */
export type TestClient = Omit<TestApi, 'app' | 'config' | 'close'>;

export function testClient(url: string, db: TestDatabase): TestClient {
  const gql: TestApi['gql'] = async (query, variables, auth) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth?.cookie) headers.cookie = auth.cookie;
    if (auth?.ip) headers['x-forwarded-for'] = auth.ip;
    if (auth?.language) headers['accept-language'] = auth.language;
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: unknown; errors?: GqlResult['errors'] };
    const setCookie = response.headers.get('set-cookie');
    return { status: response.status, data: (body.data ?? null) as never, errors: body.errors, setCookie: setCookie ? setCookie.split(';')[0] : null };
  };

  const totp = totpCodesOf(db);
  const sessionOf = (name: string, result: GqlResult<Record<string, { accessToken: string | null } | null>>, what: string): Session => {
    const payload = result.data?.[name];
    if (!payload?.accessToken || !result.setCookie) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
    return { token: payload.accessToken, cookie: result.setCookie };
  };

  /** Sets the signed-in user's second factor up with a code of the secret the API gives; its secret goes to `totp`. */
  const setUpSecondFactor = async (email: string, session: Session): Promise<Session> => {
    const begun = await gql<{ beginSecondFactorSetup: { secret: string } }>('mutation { beginSecondFactorSetup { secret } }', {}, session);
    const secret = begun.data?.beginSecondFactorSetup.secret;
    if (!secret) throw new Error(`Setting up the second factor of ${email} failed: ${JSON.stringify(begun.errors)}`);
    const { code, step } = totp.codeNow(secret);
    const confirmed = await gql<{ confirmSecondFactorSetup: { session: { accessToken: string } } }>(
      'mutation C($input: ConfirmSecondFactorInput!) { confirmSecondFactorSetup(input: $input) { session { accessToken } } }',
      { input: { code } },
      session,
    );
    totp.remember(email, secret, step);
    return { token: confirmed.data?.confirmSecondFactorSetup.session.accessToken ?? '', cookie: confirmed.setCookie ?? session.cookie };
  };

  const loginNow = async (email: string, password: string): Promise<Session> => {
    const ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const result = await gql<{ login: { accessToken: string | null; secondFactorChallenge: string | null; me: { secondFactor: { setupPending: boolean } } | null } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { accessToken secondFactorChallenge me { secondFactor { setupPending } } } }',
      { input: { email, password } },
      { ip },
    );
    const challenge = result.data?.login.secondFactorChallenge;
    if (challenge) {
      const completed = await gql<{ completeSecondFactorLogin: { accessToken: string } }>(
        'mutation S($input: SecondFactorLoginInput!) { completeSecondFactorLogin(input: $input) { accessToken } }',
        { input: { challenge, code: await totp.next(email) } },
        { ip },
      );
      return sessionOf('completeSecondFactorLogin', completed, `The second factor of ${email}`);
    }
    const session = sessionOf('login', result, `Login of ${email}`);
    return result.data?.login.me?.secondFactor.setupPending ? setUpSecondFactor(email, session) : session;
  };

  // One login of an account at a time: its second factor is set up once, and its codes are taken in order.
  const loginsInProgress = new Map<string, Promise<unknown>>();
  const login = (email: string, password = DEMO_PASSWORD): Promise<Session> => {
    const next = (loginsInProgress.get(email) ?? Promise.resolve()).catch(() => undefined).then(() => loginNow(email, password));
    loginsInProgress.set(email, next);
    return next;
  };

  const createCitizen = async (session: Session, reference: string): Promise<string> => {
    const result = await gql<{ createCitizen: { id: string } }>(
      'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }',
      { input: { reference, displayName: 'Borger' } },
      session,
    );
    if (!result.data) throw new Error(`Creating citizen ${reference} failed: ${JSON.stringify(result.errors)}`);
    return result.data.createCitizen.id;
  };

  const addUser = async (user: NewTestUser): Promise<string> => {
    const { rows: [tenant] } = await db.admin.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [user.tenantSlug]);
    if (!tenant) throw new Error(`No tenant ${user.tenantSlug}`);
    const builder = aUser(db).withEmail(user.email).named(user.displayName).withPassword(user.password ?? DEMO_PASSWORD).startingIn(tenant.id);
    for (const role of user.roles) builder.in(tenant.id, role, { units: user.orgUnitIds });
    return (await builder.build()).id;
  };

  return { url, gql, login, totp, createCitizen, addUser };
}

/** A test file's own database clone and API: opened before the file's tests, closed after them. */
export function useTestApi(env: Record<string, string> = {}): { db: TestDatabase; api: TestApi } {
  const context = {} as { db: TestDatabase; api: TestApi };
  beforeAll(async () => {
    context.db = await createTestDatabase();
    context.api = await startTestApi(context.db, env);
  });
  afterAll(async () => {
    await context.api?.close();
    await context.db?.drop();
  });
  return context;
}
