import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { toDataURL } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { inContext } from '@raadgiver/db';
import { AuditAction, ConflictError, ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from '@raadgiver/domain';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { RequestContext } from '../graphql/request-context';
import { SecretBox } from '../security/secret-box';
import { authRepository } from './auth.repository';
import { LoginThrottleService } from './login-throttle.service';
import { isRecoveryCodeShape, newRecoveryCodes, recoveryCodeHash } from './recovery-codes';
import { secondFactorRepository } from './second-factor.repository';
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp';

/** What a correct password leads to: a code to ask for, a session that may only set a factor up, or a session. */
export type SecondFactorStep = 'challenge' | 'setup' | 'none';

/** Who passed the password check, as the second step's challenge carries it. */
export interface ChallengedUser {
  userId: string;
  email: string;
  isOperator: boolean;
}

/** A challenge is answered within this time, or the password is asked for again. */
const CHALLENGE_SECONDS = 5 * 60;
const CHALLENGE_AUDIENCE = 'raadgiver:second-factor';

interface ChallengePayload {
  sub: string;
  email: string;
  op: boolean;
}

/** A new secret to enter into an authenticator app: as text, as an otpauth URI and as that URI's QR code. */
export interface SecondFactorSetup {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/**
 * TOTP (RFC 6238) with one-time recovery codes as the second factor of a password login. Required for the operator and
 * for anyone who is tenant admin in some municipality; anyone else with a password may set one up.
 *
 * The secret rests sealed (SecretBox, the user id as context). A code's time step is taken once (no replay); wrong codes
 * count as failed logins of the account (LoginThrottleService), so guessing codes after a stolen password is slowed
 * down like guessing passwords.
 */
@Injectable()
export class SecondFactorService {
  private readonly box: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {
    this.box = new SecretBox(config.secretKeys);
  }

  /** After a correct password: whether the user must answer a code, set a factor up first, or neither. */
  stepAfterPassword(userId: string, isOperator: boolean): Promise<SecondFactorStep> {
    return this.asUser(userId, async (em) => {
      const factor = await secondFactorRepository.factor(em, userId);
      if (factor?.confirmed_at) return 'challenge';
      return isOperator || (await this.isTenantAdmin(em, userId)) ? 'setup' : 'none';
    });
  }

  /** A signed, short-lived token naming the user whose password was right; the code answers it. */
  challengeFor(user: ChallengedUser): Promise<string> {
    const payload: ChallengePayload = { sub: user.userId, email: user.email, op: user.isOperator };
    return this.jwt.signAsync(payload, { secret: this.config.jwtSecret, algorithm: 'HS256', expiresIn: CHALLENGE_SECONDS, audience: CHALLENGE_AUDIENCE });
  }

  /**
   * The user of a challenge whose code (TOTP, or an unused recovery code) is right. A wrong, replayed or spent code
   * counts as a failed login and is refused at the code field; while the account waits, no code is checked.
   */
  async verifyLogin(challenge: string, code: string, ip: string, deviceCookie: string | undefined): Promise<ChallengedUser> {
    const user = await this.challengedUser(challenge);
    await this.throttle.assertAllowed(user.email, ip, deviceCookie, 'code');
    const accepted = await this.asUser(user.userId, async (em) => {
      const factor = await secondFactorRepository.factor(em, user.userId);
      if (!factor?.confirmed_at) return 'no_factor' as const;
      if (isRecoveryCodeShape(code)) {
        return (await secondFactorRepository.useRecoveryCode(em, user.userId, recoveryCodeHash(user.userId, code))) ? ('recovery' as const) : null;
      }
      const lastStep = factor.last_used_step === null ? null : Number(factor.last_used_step);
      const step = acceptedTotpStep(this.box.open(factor.sealed_secret, user.userId), code.trim(), this.config.totpPeriodSeconds, lastStep);
      return step !== null && (await secondFactorRepository.takeStep(em, user.userId, step)) ? ('totp' as const) : null;
    });
    // Reset by a tenant admin since the password was checked: the password login starts over (and asks for a setup).
    if (accepted === 'no_factor') throw new UnauthenticatedError('second_factor_challenge_expired', 'code');
    if (!accepted) {
      await this.throttle.recordFailure(user.email, ip, deviceCookie);
      throw new UnauthenticatedError('wrong_second_factor_code', 'code');
    }
    await this.throttle.recordSuccess(user.email, deviceCookie);
    if (accepted === 'recovery') await this.auditEverywhere(user.userId, 'second_factor.recovery_code_used');
    return user;
  }

  /** A new secret for the signed-in user, kept unconfirmed until its first code is entered. */
  async beginSetup(claims: AuthClaims): Promise<SecondFactorSetup> {
    const secret = newTotpSecret();
    const email = await this.asUser(claims.userId, async (em) => {
      if ((await secondFactorRepository.factor(em, claims.userId))?.confirmed_at) throw new ConflictError('code', 'second_factor_exists');
      await secondFactorRepository.savePending(em, claims.userId, this.box.seal(secret, claims.userId));
      const [me] = await authRepository.meIn(em, claims.userId);
      return me?.email ?? '';
    });
    const otpauthUri = totpUri(secret, email, this.config.totpPeriodSeconds);
    return { secret, otpauthUri, qrCodeDataUrl: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
  }

  /** Confirms the secret being set up with its first code; the recovery codes, shown this once. */
  async confirmSetup(claims: AuthClaims, code: string): Promise<string[]> {
    const recoveryCodes = newRecoveryCodes();
    await this.asUser(claims.userId, async (em) => {
      const factor = await secondFactorRepository.factor(em, claims.userId);
      if (factor?.confirmed_at) throw new ConflictError('code', 'second_factor_exists');
      if (!factor) throw InvalidInputError.of('code', 'second_factor_not_started');
      const step = acceptedTotpStep(this.box.open(factor.sealed_secret, claims.userId), code.trim(), this.config.totpPeriodSeconds, null);
      if (step === null || !(await secondFactorRepository.confirm(em, claims.userId, step))) throw InvalidInputError.of('code', 'wrong_second_factor_code');
      await secondFactorRepository.replaceRecoveryCodes(em, claims.userId, recoveryCodes.map((c) => recoveryCodeHash(claims.userId, c)));
    });
    await this.auditEverywhere(claims.userId, 'second_factor.set_up');
    return recoveryCodes;
  }

  /** The tenant admin removes a member's factor (a lost phone): the member sets a new one up at the next login. */
  reset(ctx: RequestContext, userId: string): Promise<boolean> {
    const { tenantId, userId: actor } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const [member] = await authRepository.meIn(em, userId);
      if (!member || !member.memberships.some((m) => m.id === tenantId)) throw new NotFoundError('user', 'userId');
      if (member.is_operator) throw new ForbiddenError('second_factor_reset_operator');
      await secondFactorRepository.reset(em, userId);
      await this.audit.record(em, { tenantId, userId: actor, action: 'second_factor.reset', subjectType: 'user', subjectId: userId });
      return true;
    });
  }

  private async challengedUser(challenge: string): Promise<ChallengedUser> {
    try {
      const payload = await this.jwt.verifyAsync<ChallengePayload>(challenge, { secret: this.config.jwtSecret, algorithms: ['HS256'], audience: CHALLENGE_AUDIENCE });
      return { userId: payload.sub, email: payload.email, isOperator: payload.op };
    } catch {
      throw new UnauthenticatedError('second_factor_challenge_expired', 'code');
    }
  }

  private async isTenantAdmin(em: EntityManager, userId: string): Promise<boolean> {
    return (await authRepository.memberships(em, userId)).some((m) => m.role === 'tenant_admin');
  }

  /** The user's own rows: in their context, without a municipality. */
  private asUser<T>(userId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inContext(this.dataSource, { tenantId: null, userId }, work);
  }

  /** An event about the user's own factor goes to the audit log of every municipality they are a member of: each one's DPO sees it. */
  private async auditEverywhere(userId: string, action: Extract<AuditAction, 'second_factor.set_up' | 'second_factor.recovery_code_used'>): Promise<void> {
    const tenants = new Set((await this.asUser(userId, (em) => authRepository.memberships(em, userId))).map((m) => m.id));
    for (const tenantId of tenants) {
      await inContext(this.dataSource, { tenantId, userId }, (em) =>
        this.audit.record(em, { tenantId, userId, action, subjectType: 'user', subjectId: userId }),
      );
    }
  }
}
