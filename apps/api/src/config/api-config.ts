import proxyAddr from 'proxy-addr';
import { OpsSettings, readOpsSettings } from '@raadgiver/db';
import { parseSecretKeys, SecretKey } from '../security/secret-box';
/** The API's settings, read once from the environment. */
export interface ApiConfig {
  /** Shutdown grace, metrics token (libs/db/src/ops/ops-settings.ts). */
  ops: OpsSettings;
  port: number;
  databaseUrl: string;
  /**
   * Connections to PostgreSQL. A few per database core: beyond that, more backends only compete with each other
   * and with the API's own thread for the CPU (on two cores, 8 instead of 20 took the benchmark dashboard's p95
   * from 2.5× to 1.07× the SQL's at 50 clients).
   */
  databasePoolSize: number;
  redisUrl: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /**
   * Production behaviour (no introspection, no stack traces or schema hints in errors, Secure cookies) unless
   * NODE_ENV=development says otherwise: a process started without configuration is safe. Only `npm start` and
   * the tests set development, explicitly.
   */
  production: boolean;
  /** Redis key prefix for rate limits, so parallel test runs stay apart. */
  redisPrefix: string;
  /** Secure cookies need HTTPS; development runs on plain http://127.0.0.1. */
  secureCookies: boolean;
  /**
   * Failed logins allowed per account and per source address before each further one makes them wait; the wait
   * starts at backoffSeconds and doubles up to backoffMaxSeconds (LoginThrottleService).
   */
  loginLimits: { perAccount: number; perIp: number; backoffSeconds: number; backoffMaxSeconds: number };
  /**
   * The proxies whose X-Forwarded-For is believed (addresses, CIDR ranges or proxy-addr's names such as
   * `loopback`). None by default: reachable directly, the API takes the connection's own address, so a client
   * cannot pick its own address for the per-source limits.
   */
  trustProxy: string[];
  /** Requests without a login per source address and minute (the public benchmark page, login, refresh). */
  publicRequestsPerMinute: number;
  /** Expensive queries (report previews, benchmarks, …) one user may run per minute. */
  expensiveOperationsPerMinute: number;
  /**
   * How long the API answers from the benchmark snapshot it holds before it asks the database for a newer one
   * (one small read per interval, not per request). 5 s by default: a registration shows within the refresh's
   * delay plus the refresh plus this, well inside the 2 minutes promised; 0 asks on every request (tests).
   */
  benchmarkSnapshotCheckMs: number;
  /**
   * SECRET_KEYS: the keys that seal identity-provider secrets at rest (SecretBox), the first sealing. Without them a
   * municipality's OIDC client secret or SAML key cannot be stored.
   */
  secretKeys: SecretKey[];
  /**
   * PUBLIC_URL: where browsers reach the admin and, through its proxy, the API (https://raadgiver.example). A
   * municipality's OpenID Connect login builds its redirect URI from it, and the SAML service provider its entity id
   * and assertion consumer URL, never from a request's Host header. Unset (development and tests), OIDC uses the
   * request's own origin and SAML http://127.0.0.1:4200.
   */
  publicUrl: string | null;
  /**
   * The TOTP time step in seconds (RFC 6238's X): 30, what authenticator apps use. Tests shorten it (TOTP_PERIOD_SECONDS)
   * so that one account can log in several times a minute although a code's step is accepted once only.
   */
  totpPeriodSeconds: number;
}

export const API_CONFIG = Symbol('API_CONFIG');

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Environment variable ${name} is required`);
  return value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`Environment variable ${name} must be a positive whole number`);
  return value;
}

/** TRUST_PROXY as a list, each entry checked the way Express will compile it. */
function trustedProxies(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.TRUST_PROXY ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  try {
    proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`Environment variable TRUST_PROXY must list addresses, CIDR ranges or loopback/linklocal/uniquelocal: ${(error as Error).message}`);
  }
  return entries;
}

function publicUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return null;
  const url = raw.replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url)) throw new Error('PUBLIC_URL must be an http:// or https:// URL without query or fragment');
  return url;
}

function totpPeriod(env: NodeJS.ProcessEnv): number {
  const period = integer(env, 'TOTP_PERIOD_SECONDS', 30);
  if (period > 60) throw new Error('Environment variable TOTP_PERIOD_SECONDS must be at most 60');
  return period;
}

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const production = env.NODE_ENV !== 'development';
  const jwtSecret = required(env, 'JWT_SECRET');
  if (jwtSecret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
  return {
    ops: readOpsSettings(env),
    port: integer(env, 'PORT', 3000),
    databaseUrl: required(env, 'DATABASE_URL'),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 8),
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    jwtSecret,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    refreshTokenTtlSeconds: integer(env, 'REFRESH_TOKEN_TTL_SECONDS', 14 * 24 * 3600),
    production,
    redisPrefix: env.REDIS_PREFIX || 'raadgiver',
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
    trustProxy: trustedProxies(env),
    publicRequestsPerMinute: integer(env, 'PUBLIC_RATE_LIMIT_PER_MINUTE', 60),
    loginLimits: {
      perAccount: integer(env, 'LOGIN_LIMIT_PER_ACCOUNT', 5),
      perIp: integer(env, 'LOGIN_LIMIT_PER_IP', 30),
      backoffSeconds: integer(env, 'LOGIN_BACKOFF_SECONDS', 30),
      backoffMaxSeconds: integer(env, 'LOGIN_BACKOFF_MAX_SECONDS', 3600),
    },
    expensiveOperationsPerMinute: integer(env, 'EXPENSIVE_OPERATIONS_PER_MINUTE', 30),
    benchmarkSnapshotCheckMs: env.BENCHMARK_SNAPSHOT_CHECK_MS === '0' ? 0 : integer(env, 'BENCHMARK_SNAPSHOT_CHECK_MS', 5000),
    secretKeys: parseSecretKeys(env.SECRET_KEYS),
    publicUrl: publicUrl(env),
    totpPeriodSeconds: totpPeriod(env),
  };
}
