import type { Request } from 'express';
import { verify } from 'jsonwebtoken';
import { ApiConfig } from '../config/api-config';
import { accessTokenKey } from './access-token-key';
import { AccessTokenPayload } from './auth-claims';

const verified = new WeakMap<Request, AccessTokenPayload | null>();

/**
 * The payload of the request's bearer token when its signature (HS256 with accessTokenKey) and expiry hold, else null;
 * verified once per request however many middlewares ask. Whether its session is still current is JwtStrategy's
 * question, not this one's.
 */
export function verifiedAccessToken(req: Request, config: ApiConfig): AccessTokenPayload | null {
  if (verified.has(req)) return verified.get(req) ?? null;
  const header = req.headers.authorization;
  let payload: AccessTokenPayload | null = null;
  if (header?.startsWith('Bearer ')) {
    try {
      payload = verify(header.slice('Bearer '.length), accessTokenKey(config), { algorithms: ['HS256'] }) as AccessTokenPayload;
    } catch {
      payload = null;
    }
  }
  verified.set(req, payload);
  return payload;
}
