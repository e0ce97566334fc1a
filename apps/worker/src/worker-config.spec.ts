import { redisConnectionOptions } from './job-runner/redis-connection';
import { workerConfigFromEnv } from './worker-config';

describe('workerConfigFromEnv', () => {
  const databaseUrl = 'postgres://raadgiver_app:secret@db:5432/raadgiver';

  it('uses local Redis, the raadgiver prefix and four jobs at a time by default', () => {
    expect(workerConfigFromEnv({ DATABASE_URL: databaseUrl })).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      databaseUrl,
      queuePrefix: 'raadgiver',
      concurrency: 4,
      lockMs: 30_000,
      mail: { smtpUrl: null, from: 'Raadgiver <noreply@raadgiver.localhost>', adminUrl: 'http://localhost:4200' },
      http: { port: 3001, host: '127.0.0.1' },
      ops: { shutdownGraceSeconds: 25, shutdownDelaySeconds: 0, metricsToken: null },
      allowRedisEviction: false,
    });
  });

  it('reads WORKER_HTTP_PORT (0: any free port, "off": no listener), HOST, SHUTDOWN_GRACE_SECONDS and METRICS_TOKEN', () => {
    expect(workerConfigFromEnv({ DATABASE_URL: databaseUrl, WORKER_HTTP_PORT: '0', HOST: '0.0.0.0' }).http).toEqual({ port: 0, host: '0.0.0.0' });
    expect(workerConfigFromEnv({ DATABASE_URL: databaseUrl, WORKER_HTTP_PORT: 'off' }).http).toBeNull();
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, WORKER_HTTP_PORT: '70000' })).toThrow(/WORKER_HTTP_PORT/);
    expect(workerConfigFromEnv({ DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_SECONDS: '5', METRICS_TOKEN: 'a-token-of-16-chars' }).ops).toEqual({
      shutdownGraceSeconds: 5,
      shutdownDelaySeconds: 0,
      metricsToken: 'a-token-of-16-chars',
    });
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, METRICS_TOKEN: 'short' })).toThrow(/^METRICS_TOKEN must be at least 16 characters$/);
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_SECONDS: '-1' })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
  });

  it('reads SMTP_URL, MAIL_FROM and ADMIN_URL for reminder e-mails, and refuses URLs of another kind', () => {
    expect(workerConfigFromEnv({ DATABASE_URL: databaseUrl, SMTP_URL: 'smtp://127.0.0.1:1025', MAIL_FROM: 'Borgerrådgiveren <br@norddjurs.dk>', ADMIN_URL: 'https://raadgiver.example/' }).mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:1025',
      from: 'Borgerrådgiveren <br@norddjurs.dk>',
      adminUrl: 'https://raadgiver.example',
    });
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, SMTP_URL: 'http://mail:secret@host' })).toThrow(/^SMTP_URL must start with smtp:\/\/ or smtps:\/\/$/);
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, ADMIN_URL: 'javascript:alert(1)' })).toThrow(/ADMIN_URL/);
  });

  it('reads REDIS_URL, QUEUE_PREFIX, WORKER_CONCURRENCY and WORKER_LOCK_MS', () => {
    expect(
      workerConfigFromEnv({ DATABASE_URL: databaseUrl, REDIS_URL: 'redis://cache:6380/2', QUEUE_PREFIX: 'test-1', WORKER_CONCURRENCY: '8', WORKER_LOCK_MS: '5000' }),
    ).toEqual(expect.objectContaining({ redisUrl: 'redis://cache:6380/2', databaseUrl, queuePrefix: 'test-1', concurrency: 8, lockMs: 5000 }));
  });

  it('lets the worker start against an evicting Redis only when REDIS_ALLOW_EVICTION is exactly "true"', () => {
    expect(workerConfigFromEnv({ DATABASE_URL: databaseUrl, REDIS_ALLOW_EVICTION: 'true' }).allowRedisEviction).toBe(true);
    for (const value of ['1', 'yes', 'TRUE', '']) expect(workerConfigFromEnv({ DATABASE_URL: databaseUrl, REDIS_ALLOW_EVICTION: value }).allowRedisEviction).toBe(false);
  });

  it('refuses to start without DATABASE_URL, and never repeats a URL in its errors', () => {
    expect(() => workerConfigFromEnv({})).toThrow('DATABASE_URL is not set');
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, QUEUE_PREFIX: 'a:b' })).toThrow(/QUEUE_PREFIX/);
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, WORKER_CONCURRENCY: '0' })).toThrow(/WORKER_CONCURRENCY/);
    expect(() => workerConfigFromEnv({ DATABASE_URL: databaseUrl, WORKER_LOCK_MS: '10' })).toThrow(/WORKER_LOCK_MS/);
    expect(() => redisConnectionOptions('http://user:secret@cache')).toThrow(/^REDIS_URL must start with redis:\/\//);
    expect(() => redisConnectionOptions('redis//secret@cache')).toThrow(/^REDIS_URL is not a valid URL$/);
  });
});

describe('redisConnectionOptions', () => {
  it('splits a URL into host, port, credentials and database', () => {
    expect(redisConnectionOptions('redis://worker:p%40ss@cache.internal:6380/3')).toEqual({
      host: 'cache.internal',
      port: 6380,
      username: 'worker',
      password: 'p@ss',
      db: 3,
      tls: undefined,
    });
  });

  it('defaults to port 6379 and database 0, and turns on TLS for rediss://', () => {
    expect(redisConnectionOptions('rediss://cache')).toEqual({
      host: 'cache',
      port: 6379,
      username: undefined,
      password: undefined,
      db: 0,
      tls: {},
    });
  });
});
