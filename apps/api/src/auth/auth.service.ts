import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { decoyPasswordHash, inContext, verifyPassword } from '@raadgiver/db';
import { ForbiddenError, isTenantRole, NotFoundError, TenantRole, UnauthenticatedError } from '@raadgiver/domain';
import { AccessTokenPayload, AuthClaims } from '../access/auth-claims';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { RequestContext } from '../graphql/request-context';
import { authQueries, authRepository, MembershipRow, MeRow } from './auth.repository';
import { AuthPayloadType, LoginResultType, MeType, TenantAccessType } from './dto/auth.types';
import { LoginThrottleService } from './login-throttle.service';
import { ChallengedUser, SecondFactorService, SecondFactorStep } from './second-factor.service';
import { SessionRevocations } from './session-revocations';

export interface VerifiedUser {
  userId: string;
  email: string;
  isOperator: boolean;
  /** What the correct password leads to (SecondFactorService); a session is issued for 'setup' and 'none' only. */
  secondFactor: SecondFactorStep;
}

export const REFRESH_COOKIE = 'rg_refresh';
/** OWASP's device cookie: lets its holder past the account's login back-off (LoginThrottleService). */
export const DEVICE_COOKIE = 'rg_device';
const DEVICE_COOKIE_DAYS = 180;
const REFRESH_COOKIE_PATH = '/graphql';

/** Membership rows (one per tenant and role), ordered by tenant name, as one entry per tenant. */
function groupMemberships(rows: MembershipRow[]): TenantAccessType[] {
  const byTenant = new Map<string, TenantAccessType>();
  for (const row of rows) {
    const entry = byTenant.get(row.id) ?? {
      tenant: { id: row.id, name: row.name, kommunekode: row.kommunekode, slug: row.slug, locale: row.locale },
      roles: [] as TenantRole[],
    };
    if (isTenantRole(row.role)) entry.roles.push(row.role);
    byTenant.set(row.id, entry);
  }
  return [...byTenant.values()];
}

/** How a session was made: a password (null) or the identity provider of this municipality. */
type SsoTenant = string | null;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionRevocations,
    private readonly secondFactor: SecondFactorService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Same answer and about the same time for an unknown user and a wrong password. */
  async verifyCredentials(email: string, password: string, ip: string, deviceCookie: string | undefined): Promise<VerifiedUser> {
    const normalized = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalized, ip, deviceCookie);
    const user = await authRepository.credentials(this.dataSource, normalized);
    const valid = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
    if (!user || !user.password_hash || !valid || user.disabled) {
      await this.throttle.recordFailure(normalized, ip, deviceCookie);
      // At the password field (the message says either may be wrong): the login form shows it there and in its summary.
      throw new UnauthenticatedError('wrong_credentials', 'password');
    }
    const secondFactor = await this.secondFactor.stepAfterPassword(user.id, user.is_operator);
    // With a second factor the login has succeeded only once its code is right: until then the failures stay counted.
    if (secondFactor !== 'challenge') await this.throttle.recordSuccess(normalized, deviceCookie);
    return { userId: user.id, email: normalized, isOperator: user.is_operator, secondFactor };
  }

  /** After a correct password: the session, or, for a user with a second factor, the challenge its code answers. */
  async passwordLogin(user: VerifiedUser, res: Response): Promise<LoginResultType> {
    if (user.secondFactor === 'challenge') {
      return { accessToken: null, expiresAt: null, me: null, secondFactorChallenge: await this.secondFactor.challengeFor(user) };
    }
    return { ...(await this.login(user, res, user.secondFactor === 'setup')), secondFactorChallenge: null };
  }

  /** The second step of a login with a second factor: the session once the code is right. */
  async completeSecondFactorLogin(challenge: string, code: string, req: Request, res: Response): Promise<AuthPayloadType> {
    const user = await this.secondFactor.verifyLogin(challenge, code, req.ip ?? 'unknown', (req.cookies as Record<string, string> | undefined)?.[DEVICE_COOKIE]);
    return this.login(user, res, false);
  }

  /**
   * The session after the signed-in user confirmed a new second factor: the same family, with a token that is no
   * longer limited to the setup (the limited one ends).
   */
  async renewAfterSecondFactorSetup(claims: AuthClaims, req: Request, res: Response): Promise<AuthPayloadType> {
    return this.renew(claims, claims.tenantId, req, res);
  }

  /** A new session family after a successful login. */
  async login(user: ChallengedUser, res: Response, secondFactorSetup: boolean): Promise<AuthPayloadType> {
    const ssoOnly = await this.ssoRequiredTenants();
    const tenants = await this.tenantsOf(user.userId);
    const open = tenants.filter((t) => !ssoOnly.has(t.tenant.id));
    // A password opens only the municipalities that do not require their own login; with none of those, it opens nothing.
    if (!user.isOperator && tenants.length > 0 && open.length === 0) throw new UnauthenticatedError('sso_required', 'email');
    const tenantId = await this.startingTenant(user.userId, new Set(open.map((t) => t.tenant.id)));
    const payload = await this.issue(user.userId, user.isOperator, tenantId, randomUUID(), 0, res, secondFactorSetup, null);
    if (payload.me.activeTenant) await authRepository.recordLogin(this.dataSource, user.userId, payload.me.activeTenant.id);
    res.cookie(DEVICE_COOKIE, this.throttle.issueDeviceCookie(user.email), {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: REFRESH_COOKIE_PATH,
      maxAge: DEVICE_COOKIE_DAYS * 24 * 3600 * 1000,
    });
    return payload;
  }

  /**
   * A new session family after the municipality's identity provider vouched for the user (OIDC or SAML): it may enter
   * this municipality even when the municipality requires SSO (the session remembers how it was made), and starts there
   * when the user is a member. Never an operator session: the operator's own login stays password-based (with its
   * second factor). The refresh cookie is set as for a password login; the caller redirects to the admin.
   */
  async ssoLogin(input: { userId: string; tenantId: string; via: 'oidc' | 'saml' }, res: Response): Promise<void> {
    const { userId, tenantId } = input;
    const payload = await this.issue(userId, false, tenantId, randomUUID(), 0, res, false, tenantId);
    if (payload.me.activeTenant) await authRepository.recordLogin(this.dataSource, userId, tenantId);
  }

  /** Rotates the refresh token. Presenting an already rotated token revokes the whole family. */
  async refresh(req: Request, res: Response): Promise<AuthPayloadType> {
    const token = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
    if (!token) throw new UnauthenticatedError('no_refresh_token');
    const outcome = await this.dataSource.transaction(async (em) => {
      const session = await authRepository.lockSession(em, hashToken(token));
      if (!session) return { error: 'unknown' as const };
      if (session.revoked_at) {
        await authRepository.revokeFamily(em, session.family_id);
        return { error: 'reused' as const };
      }
      if (session.expires_at.getTime() <= Date.now()) return { error: 'expired' as const };
      await authRepository.revokeSession(em, session.id);
      return { session };
    });
    if (!outcome.session) {
      this.clearCookie(res);
      throw new UnauthenticatedError(outcome.error === 'reused' ? 'refresh_reused' : 'session_ended');
    }
    const { session } = outcome;
    const generation = await this.sessions.generation(session.family_id);
    if (generation === null) {
      // Logged out with the access token alone: the family's refresh tokens end too.
      await authRepository.revokeFamilyNow(this.dataSource, session.family_id);
      this.clearCookie(res);
      throw new UnauthenticatedError('session_ended');
    }
    const operator = await this.isOperator(session.user_id);
    const ssoOnly = await this.ssoRequiredTenants();
    const tenants = (await this.tenantsOf(session.user_id)).filter((t) => this.mayEnter(t.tenant.id, session.sso_tenant, ssoOnly));
    const tenantId = tenants.some((t) => t.tenant.id === session.active_tenant) ? session.active_tenant : (tenants[0]?.tenant.id ?? null);
    return this.issue(session.user_id, operator, tenantId, session.family_id, generation, res, session.second_factor_setup, session.sso_tenant);
  }

  /** Ends the refresh cookie's session family and the access token's: neither token is accepted again. */
  async logout(req: Request, res: Response, claims: AuthClaims | undefined): Promise<boolean> {
    const token = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
    const families = new Set<string>();
    if (claims?.sessionId) families.add(claims.sessionId);
    if (token) {
      for (const family of await authRepository.revokeFamilyOfToken(this.dataSource, hashToken(token))) families.add(family);
    }
    await Promise.all([...families].map((family) => this.sessions.end(family)));
    this.clearCookie(res);
    return true;
  }

  /** Moves the session to another tenant the user is a member of. */
  async switchTenant(claims: AuthClaims, tenantId: string, req: Request, res: Response): Promise<AuthPayloadType> {
    const tenants = await this.tenantsOf(claims.userId);
    if (!tenants.some((t) => t.tenant.id === tenantId)) throw new NotFoundError('municipality', 'tenantId');
    const ssoTenant = await this.ssoTenantOf(claims);
    if (!this.mayEnter(tenantId, ssoTenant, await this.ssoRequiredTenants())) throw new ForbiddenError('sso_required');
    const payload = await this.renew(claims, tenantId, req, res, ssoTenant);
    await authRepository.recordLogin(this.dataSource, claims.userId, tenantId);
    return payload;
  }

  /** Replaces the session's tokens (the cookie's and the bearer's) by new ones in the same family. */
  private async renew(claims: AuthClaims, tenantId: string | null, req: Request, res: Response, knownSsoTenant?: SsoTenant): Promise<AuthPayloadType> {
    const ssoTenant = knownSsoTenant !== undefined ? knownSsoTenant : await this.ssoTenantOf(claims);
    const token = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
    let familyId: string = claims.sessionId ?? randomUUID();
    if (token) {
      const family = await authRepository.revokeToken(this.dataSource, hashToken(token), claims.userId);
      if (family && !claims.sessionId) familyId = family;
    }
    // The token that asked is replaced: from now on only the new one is accepted.
    return this.issue(claims.userId, claims.operator, tenantId, familyId, await this.sessions.advance(familyId), res, false, ssoTenant);
  }

  /** The request's own `me`: in its single round trip when it is the operation's only field (RequestContext.statement). */
  async me(ctx: RequestContext): Promise<MeType> {
    const claims = ctx.requireAuth();
    const rows = await ctx.statement(authQueries.me(claims.userId));
    return this.toMe(rows[0], claims.operator, claims.tenantId, claims.secondFactorSetup === true);
  }

  private async issue(
    userId: string, operator: boolean, tenantId: string | null, familyId: string, generation: number, res: Response, secondFactorSetup: boolean,
    ssoTenant: SsoTenant,
  ): Promise<AuthPayloadType> {
    const [user] = await authRepository.me(this.dataSource, userId);
    const me = this.toMe(user, operator, tenantId, secondFactorSetup);
    const payload: AccessTokenPayload = {
      sub: userId, tid: me.activeTenant?.id ?? null, roles: me.roles, op: operator, sid: familyId, gen: generation, ims: Date.now(),
      ...(secondFactorSetup ? { sfs: true as const } : {}),
    };
    const accessToken = await this.jwt.signAsync(payload, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    await authRepository.addSession(this.dataSource, { userId, familyId, activeTenant: payload.tid, tokenHash: hashToken(refreshToken), expiresAt, secondFactorSetup, ssoTenant });
    res.cookie(REFRESH_COOKIE, refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: REFRESH_COOKIE_PATH,
      expires: expiresAt,
    });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000), me };
  }

  private clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: this.config.secureCookies });
  }

  /** `me` from the user's row with every membership (authQueries.me). */
  private toMe(user: MeRow | undefined, operator: boolean, tenantId: string | null, secondFactorSetup: boolean): MeType {
    if (!user || user.disabled) throw new UnauthenticatedError('user_gone');
    const tenants = groupMemberships(user.memberships);
    const active = tenants.find((t) => t.tenant.id === tenantId) ?? null;
    return {
      user: { id: user.id, email: user.email, displayName: user.display_name },
      isOperator: operator,
      activeTenant: active?.tenant ?? null,
      roles: active?.roles ?? [],
      tenants,
      secondFactor: {
        enabled: user.has_second_factor,
        required: user.is_operator || tenants.some((t) => t.roles.includes('tenant_admin')),
        setupPending: secondFactorSetup,
      },
    };
  }

  /**
   * Where a login starts: the user's default municipality, the first they joined (joining another later never moves
   * it). When it is unset or no longer theirs, the first of their memberships by name becomes it.
   */
  private startingTenant(userId: string, open: ReadonlySet<string>): Promise<string | null> {
    return inContext(this.dataSource, { tenantId: null, userId }, async (em) => {
      const tenants = groupMemberships(await authRepository.memberships(em, userId));
      const user = await authRepository.user(em, userId);
      if (user?.default_tenant_id && tenants.some((t) => t.tenant.id === user.default_tenant_id)) {
        // A default that requires SSO stays the default; a password session starts in the first other one.
        if (open.has(user.default_tenant_id)) return user.default_tenant_id;
        return tenants.find((t) => open.has(t.tenant.id))?.tenant.id ?? null;
      }
      const first = tenants[0]?.tenant.id ?? null;
      if (first) await authRepository.setDefaultTenant(em, userId, first);
      return first && open.has(first) ? first : (tenants.find((t) => open.has(t.tenant.id))?.tenant.id ?? null);
    });
  }

  /** The municipalities that require their own login (SSO) for their members. */
  private async ssoRequiredTenants(): Promise<Set<string>> {
    return new Set((await authRepository.loginProviders(this.dataSource)).filter((p) => p.sso_required).map((p) => p.tenant_id));
  }

  /** A session may work in a municipality that requires SSO only when that municipality's provider made it. */
  /** The municipality whose provider made the session (null for a password session). */
  private ssoTenantOf(claims: AuthClaims): Promise<SsoTenant> {
    return claims.sessionId ? authRepository.familySsoTenant(this.dataSource, claims.sessionId, claims.userId) : Promise.resolve(null);
  }

  private mayEnter(tenantId: string, ssoTenant: SsoTenant, ssoOnly: ReadonlySet<string>): boolean {
    return !ssoOnly.has(tenantId) || ssoTenant === tenantId;
  }

  private tenantsOf(userId: string): Promise<TenantAccessType[]> {
    // The user's own memberships across tenants (RLS policy own_memberships).
    return inContext(this.dataSource, { tenantId: null, userId }, async (em) => groupMemberships(await authRepository.memberships(em, userId)));
  }

  private async isOperator(userId: string): Promise<boolean> {
    const user = await inContext(this.dataSource, { tenantId: null, userId }, (em) => authRepository.user(em, userId));
    return user?.is_operator ?? false;
  }
}
