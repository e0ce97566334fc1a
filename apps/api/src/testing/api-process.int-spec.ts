import { OwnPostgres, OwnRedis, startOwnPostgres, startOwnRedis } from '@raadgiver/testing';
import { ApiProcess, startApiProcess } from './api-process';

describe('an API process over servers of its own', () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;
  let api: ApiProcess;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    api = await startApiProcess(postgres, { REDIS_URL: redis.url });
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it('logs a seeded user in and answers who they are', async () => {
    const session = await api.login('advisor@lejre.demo');
    const me = await api.gql<{ me: { user: { email: string } } }>('{ me { user { email } } }', {}, session);
    expect(me.data?.me.user.email).toBe('advisor@lejre.demo');
  });
});
