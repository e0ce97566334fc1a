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
});
