import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthenticatedRequest } from '../graphql/request-context';
import { AuthService, DEVICE_COOKIE, VerifiedUser } from './auth.service';

/** E-mail and password login; the throttle and the argon2 check live in AuthService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: AuthenticatedRequest, email: string, password: string): Promise<VerifiedUser> {
    return this.auth.verifyCredentials(email, password, req.ip ?? 'unknown', (req.cookies as Record<string, string> | undefined)?.[DEVICE_COOKIE]);
  }
}
