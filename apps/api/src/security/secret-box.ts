import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** One key of SECRET_KEYS: an id (kept beside each sealed value, so an older key still opens it) and 32 bytes. */
export interface SecretKey {
  id: string;
  key: Buffer;
}

const FORMAT = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * SECRET_KEYS as keys: `id:base64` entries separated by commas, the first sealing, every one opening. Rotation without
 * downtime: add the new key second and deploy (every process can open with it), move it first and deploy (new
 * secrets are sealed with it), re-seal the stored secrets (`resealAll` of the identity providers), drop the old key.
 */
export function parseSecretKeys(raw: string | undefined): SecretKey[] {
  if (!raw?.trim()) return [];
  const keys = raw.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon);
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (colon < 1 || !KEY_ID.test(id)) throw new Error('SECRET_KEYS: each entry is id:base64 with an id of letters, digits, - or _');
    if (key.length !== 32) throw new Error(`SECRET_KEYS: key ${id} must be 32 bytes (openssl rand -base64 32)`);
    return { id, key };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('SECRET_KEYS: key ids must differ');
  return keys;
}

/**
 * Seals secrets that must rest in the database (OIDC client secrets, SAML private keys) with AES-256-GCM under a key
 * from the environment: `v1.<key id>.<iv>.<tag>.<ciphertext>`, base64url. The tenant id is the additional data, so
 * a sealed value copied to another municipality's row does not open there.
 */
export class SecretBox {
  constructor(private readonly keys: readonly SecretKey[]) {}

  get configured(): boolean {
    return this.keys.length > 0;
  }

  /** The key new values are sealed with. */
  get currentKeyId(): string | null {
    return this.keys[0]?.id ?? null;
  }

  seal(plain: string, context: string): string {
    const current = this.keys[0];
    if (!current) throw new Error('SECRET_KEYS is not set: secrets cannot be stored');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const [format, keyId, iv, tag, body] = sealed.split('.');
    const key = this.keys.find((k) => k.id === keyId);
    if (format !== FORMAT || !key || iv === undefined || tag === undefined || body === undefined) {
      throw new Error(`A stored secret is sealed with key ${keyId ?? '?'}, which SECRET_KEYS no longer holds`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Whether a sealed value should be sealed again with the current key (after a rotation). */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.currentKeyId;
  }
}
