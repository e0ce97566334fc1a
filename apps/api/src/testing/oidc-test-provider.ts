import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A client the test provider knows: the API's registration at a municipality's provider. */
export interface TestOidcClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
}

/** Who logs in at the provider next. */
export interface TestPerson {
  sub: string;
  email?: string;
  name?: string;
}

/** What the provider mints for the refusal cases (oidc-provider-process.mjs). */
export interface MintRequest {
  claims: Record<string, unknown>;
  alg?: 'RS256' | 'none' | 'HS256';
  /** `stranger`: another RSA key under the published key's id. */
  key?: 'own' | 'stranger';
  hmacSecret?: string;
}

export interface TestOidcProvider {
  issuer: string;
  nextLogin(person: TestPerson): Promise<void>;
  mint(request: MintRequest): Promise<string>;
  /** The next token response carries this ID token instead of the real one. */
  forge(idToken: string): Promise<void>;
  stop(): Promise<void>;
}

/** A real OpenID provider (oidc-provider, an ES module) in a child process on a free port of 127.0.0.1. */
export function startTestOidcProvider(clients: TestOidcClient[]): Promise<TestOidcProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-process.mjs')], {
    env: { ...process.env, OIDC_TEST_CLIENTS: JSON.stringify(clients), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const post = async (path: string, body: unknown, issuer: string) => {
    const response = await fetch(`${issuer}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`test provider ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`test OpenID provider did not start in 20 s:\n${output}`)), 20_000);
    child.once('exit', () => reject(new Error(`test OpenID provider exited:\n${output}`)));
    let line = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      line += chunk.toString();
      if (!line.includes('\n')) return;
      clearTimeout(timer);
      const { issuer } = JSON.parse(line.split('\n')[0]) as { issuer: string };
      resolve({
        issuer,
        nextLogin: async (person) => void (await post('/test/next-login', person, issuer)),
        mint: async (request) => ((await (await post('/test/mint', request, issuer)).json()) as { idToken: string }).idToken,
        forge: async (idToken) => void (await post('/test/forge', { idToken }, issuer)),
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/**
 * The few things a browser does in these logins: follows no redirect by itself (the test looks at each), and keeps
 * cookies per origin (paths ignored: each origin here has one of each name).
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string, headers: Record<string, string> = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const cookie = [...(this.jars.get(origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: { ...(cookie ? { cookie } : {}), ...headers } });
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(origin, jar);
    return response;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }
}

/** A redirect's target as an absolute URL. */
export function locationOf(response: Response, from: string): string {
  const location = response.headers.get('location');
  if (!location) throw new Error(`No redirect from ${from} (${response.status})`);
  return new URL(location, from).href;
}
