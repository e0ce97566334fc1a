import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenPayload, AuthClaims } from '../access/auth-claims';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { SessionRevocations } from './session-revocations';
import { UnauthenticatedError } from '@raadgiver/domain';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(API_CONFIG) config: ApiConfig, private readonly sessions: SessionRevocations) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: from a string, jsonwebtoken would build one on every verification.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** A valid signature is not enough: the token's session must still be current (logout, switch, membership). */
  async validate(payload: AccessTokenPayload): Promise<AuthClaims> {
    if (typeof payload.sid !== 'string' || !Number.isInteger(payload.gen) || !Number.isFinite(payload.ims)) {
      throw new UnauthenticatedError('token_invalid');
    }
    await this.sessions.assertCurrent({ userId: payload.sub, tenantId: payload.tid, sessionId: payload.sid, generation: payload.gen, issuedAtMs: payload.ims });
    return { userId: payload.sub, tenantId: payload.tid, roles: payload.roles, operator: payload.op, sessionId: payload.sid };
  }
}
