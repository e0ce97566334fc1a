import { createSecretKey, KeyObject } from 'node:crypto';
import { ApiConfig } from '../config/api-config';

const keys = new WeakMap<ApiConfig, KeyObject>();

/**
 * The access tokens' HMAC key, made once per configuration. Given the secret as a string, jsonwebtoken makes a
 * KeyObject on every verification, which cost a fifth of an authenticated request's CPU; every verifier of access
 * tokens (the passport strategy, the public rate limit) uses this one.
 */
export function accessTokenKey(config: ApiConfig): KeyObject {
  let key = keys.get(config);
  if (!key) keys.set(config, (key = createSecretKey(Buffer.from(config.jwtSecret))));
  return key;
}
