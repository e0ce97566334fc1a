import { readApiConfig } from './api-config';

const BASE = { DATABASE_URL: 'postgres://raadgiver_app@127.0.0.1/raadgiver', JWT_SECRET: 'x'.repeat(32) };

describe('readApiConfig', () => {
  it('gives the database pool 8 connections unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(readApiConfig(BASE).databasePoolSize).toBe(8);
    expect(readApiConfig({ ...BASE, DATABASE_POOL_SIZE: '24' }).databasePoolSize).toBe(24);
  });

  it('refuses a pool size that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-3', '2.5', 'many']) {
      expect(() => readApiConfig({ ...BASE, DATABASE_POOL_SIZE: bad })).toThrow('Environment variable DATABASE_POOL_SIZE must be a positive whole number');
    }
  });

  it('trusts no proxy unless TRUST_PROXY names them', () => {
    expect(readApiConfig(BASE).trustProxy).toEqual([]);
    expect(readApiConfig({ ...BASE, TRUST_PROXY: ' loopback, 10.0.0.0/8 ,192.0.2.7' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '192.0.2.7']);
  });

  it('refuses a TRUST_PROXY entry that is not an address, a range or a known name', () => {
    expect(() => readApiConfig({ ...BASE, TRUST_PROXY: 'loopback,the-load-balancer' })).toThrow(/^Environment variable TRUST_PROXY must list/);
  });

  it('behaves as in production when started without NODE_ENV: no development conveniences, Secure cookies', () => {
    for (const env of [BASE, { ...BASE, NODE_ENV: 'production' }, { ...BASE, NODE_ENV: 'test' }, { ...BASE, NODE_ENV: '' }]) {
      const config = readApiConfig(env);
      expect(config.production).toBe(true);
      expect(config.secureCookies).toBe(true);
    }
  });

  it('switches the development conveniences on only with NODE_ENV=development', () => {
    const config = readApiConfig({ ...BASE, NODE_ENV: 'development' });
    expect(config.production).toBe(false);
    expect(config.secureCookies).toBe(false);
    expect(readApiConfig({ ...BASE, NODE_ENV: 'development', SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
  });

  it('reads PUBLIC_URL without a trailing slash, and refuses one that is not an http(s) origin and path', () => {
    expect(readApiConfig(BASE).publicUrl).toBeNull();
    expect(readApiConfig({ ...BASE, PUBLIC_URL: 'https://raadgiver.example/' }).publicUrl).toBe('https://raadgiver.example');
    for (const bad of ['javascript:alert(1)', 'https://raadgiver.example/?a=1', 'raadgiver.example']) {
      expect(() => readApiConfig({ ...BASE, PUBLIC_URL: bad })).toThrow(/^PUBLIC_URL must be/);
    }
  });
});
