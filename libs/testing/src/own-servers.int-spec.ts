import { Redis } from 'ioredis';
import { OwnPostgres, OwnRedis, startOwnPostgres, startOwnRedis } from './own-servers';

describe('own servers for fault tests', () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it('is migrated and seeded, and keeps a committed row through a crash', async () => {
    const { rows } = await postgres.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM tenant');
    expect(rows[0].n).toBeGreaterThan(0);
    await postgres.admin.query('CREATE TABLE crash_probe (n int)');
    await postgres.admin.query('INSERT INTO crash_probe VALUES (42)');

    await postgres.crash();
    await expect(postgres.admin.query('SELECT 1')).rejects.toThrow();
    await postgres.start();

    const { Client } = await import('pg');
    const client = new Client({ connectionString: postgres.adminUrl.replace(/\/postgres$/, '/raadgiver') });
    await client.connect();
    try {
      expect((await client.query('SELECT n FROM crash_probe')).rows).toEqual([{ n: 42 }]);
    } finally {
      await client.end();
    }
  }, 120_000);

  it('keeps what Redis acknowledged through SIGKILL (append-only file, fsync always)', async () => {
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1, retryStrategy: () => null });
    await client.set('probe', 'kept');
    await client.config('GET', 'maxmemory-policy').then((value) => expect(value).toEqual(['maxmemory-policy', 'noeviction']));
    client.disconnect();

    await redis.kill();
    await redis.start();

    const again = new Redis(redis.url);
    try {
      expect(await again.get('probe')).toBe('kept');
    } finally {
      again.disconnect();
    }
  });
});
