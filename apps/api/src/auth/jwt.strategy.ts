import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { accessTokenKey } from '../access/access-token-key';
import { AccessTokenPayload, AuthClaims } from '../access/auth-claims';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { SessionRevocations } from './session-revocations';
import { UnauthenticatedError } from '@raadgiver/domain';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(API_CONFIG) config: ApiConfig, private readonly sessions: SessionRevocations) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands it to jsonwebtoken, which takes a KeyObject; its typings say string.
      secretOrKey: accessTokenKey(config) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** A valid signature is not enough: the token's session must still be current (logout, switch, membership). */
  validate(payload: AccessTokenPayload): Promise<AuthClaims> {
    return this.claimsOf(payload);
  }

  /** The claims of a verified token's payload once its session is found current; UnauthenticatedError else. */
  async claimsOf(payload: AccessTokenPayload): Promise<AuthClaims> {
    if (typeof payload.sid !== 'string' || !Number.isInteger(payload.gen) || !Number.isFinite(payload.ims)) {
      throw new UnauthenticatedError('token_invalid');
    }
    await this.sessions.assertCurrent({ userId: payload.sub, tenantId: payload.tid, sessionId: payload.sid, generation: payload.gen, issuedAtMs: payload.ims });
    const claims: AuthClaims = { userId: payload.sub, tenantId: payload.tid, roles: payload.roles, operator: payload.op, sessionId: payload.sid };
    return payload.sfs === true ? { ...claims, secondFactorSetup: true } : claims;
  }
}
