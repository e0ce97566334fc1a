import { randomBytes } from 'node:crypto';
import { parseSecretKeys, SecretBox } from './secret-box';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('SecretBox', () => {
  it('opens what it sealed, and only for the same tenant', () => {
    const box = new SecretBox(parseSecretKeys(key('k1')));
    const sealed = box.seal('client-secret-value', 'tenant-a');
    expect(sealed).not.toContain('client-secret-value');
    expect(box.open(sealed, 'tenant-a')).toBe('client-secret-value');
    expect(() => box.open(sealed, 'tenant-b')).toThrow();
  });

  it('refuses a changed sealed value', () => {
    const box = new SecretBox(parseSecretKeys(key('k1')));
    const parts = box.seal('secret', 't').split('.');
    const body = Buffer.from(parts[4], 'base64url');
    body[0] ^= 1;
    parts[4] = body.toString('base64url');
    expect(() => box.open(parts.join('.'), 't')).toThrow();
  });

  it('rotates: a new first key seals, the old one still opens until it is removed', () => {
    const old = key('old');
    const next = key('new');
    const sealedBefore = new SecretBox(parseSecretKeys(old)).seal('s', 't');
    const during = new SecretBox(parseSecretKeys(`${next},${old}`));
    expect(during.open(sealedBefore, 't')).toBe('s');
    expect(during.isStale(sealedBefore)).toBe(true);
    const resealed = during.seal(during.open(sealedBefore, 't'), 't');
    expect(during.isStale(resealed)).toBe(false);
    const after = new SecretBox(parseSecretKeys(next));
    expect(after.open(resealed, 't')).toBe('s');
    expect(() => after.open(sealedBefore, 't')).toThrow(/no longer holds/);
  });

  it('refuses malformed keys and seals nothing without a key', () => {
    expect(() => parseSecretKeys('k1:short')).toThrow(/32 bytes/);
    expect(() => parseSecretKeys(`${key('a')},${key('a')}`)).toThrow(/differ/);
    expect(() => new SecretBox([]).seal('s', 't')).toThrow(/SECRET_KEYS/);
  });
});
