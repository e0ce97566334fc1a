import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { inContext } from '@raadgiver/db';
import { isTenantRole, TenantRole } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { authRepository } from '../auth/auth.repository';
import { AuthService } from '../auth/auth.service';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { SecretBox } from '../security/secret-box';
import { writeMembership } from '../users/membership-writes';
import { userRepository } from '../users/user.repository';
import { identityProviderRepository, ProviderRow } from './identity-provider.repository';
import { oidcConfigOf } from './oidc-settings.service';
import { SECRET_BOX } from './secret-box.provider';
import { OidcLoginState, SsoLoginStates } from './sso-login-states';

/** Why a login through the provider was refused; the login page shows each in Danish (`?sso_error=`). */
export type SsoRefusal = 'sso_unavailable' | 'sso_failed' | 'sso_expired' | 'sso_email_missing' | 'sso_email_in_use' | 'sso_account_disabled';

export class SsoLoginRefused extends Error {
  constructor(
    readonly refusal: SsoRefusal,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * What openid-client said went wrong, for the log: its message and code, and the message of its cause (the check
 * that failed, such as a signature's). Never the cause's other properties, which may carry the token's claims.
 */
function describeFailure(error: unknown): string {
  const { message, code, cause } = error as { message?: string; code?: string; cause?: { message?: unknown } };
  const inner = typeof cause?.message === 'string' ? `: ${cause.message}` : '';
  return `${message ?? 'failed'}${code ? ` (${code})` : ''}${inner}`;
}

/** ID tokens are trusted only when signed with an asymmetric key the issuer publishes: never `none`, never HS*. */
const ASYMMETRIC_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']);
/** The browser cookie that ties the provider's answer to the browser that started the login. */
export const SSO_STATE_COOKIE = 'rg_sso_state';
/** Names the municipality whose provider made the session (not secret), so the admin can end the provider's session too. */
export const SSO_SESSION_COOKIE = 'rg_sso';
const CONFIG_CACHE_MS = 5 * 60 * 1000;

interface Municipality {
  id: string;
  slug: string;
}

/**
 * Login through a municipality's OpenID Connect provider: authorization code with PKCE (S256), `state` and `nonce` kept
 * server side, the ID token checked for issuer, audience, expiry, nonce and a signature by one of the issuer's
 * published asymmetric keys. A person is their (issuer, subject) in this municipality and nothing else: the e-mail
 * claim is used only to find a pending invitation of this municipality, never to take over an account.
 */
@Injectable()
export class OidcLoginService {
  private readonly logger = new Logger(OidcLoginService.name);
  private readonly configurations = new Map<string, { key: string; at: number; configuration: Promise<oidc.Configuration> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly states: SsoLoginStates,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Sends the browser to the provider. */
  async start(slug: string, req: Request, res: Response): Promise<void> {
    const { municipality, configuration } = await this.provider(slug);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const redirectUri = `${this.origin(req)}/auth/oidc/${municipality.slug}/callback`;
    await this.states.put(state, { tenantId: municipality.id, codeVerifier, nonce, redirectUri });
    res.cookie(SSO_STATE_COOKIE, state, { ...this.cookieBase(), sameSite: 'lax', path: `/auth/oidc/${municipality.slug}`, maxAge: 600_000 });
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    res.redirect(302, url.href);
  }

  /** The provider's answer: checks it, finds or makes the person's account, and starts the session. */
  async callback(slug: string, req: Request, res: Response): Promise<void> {
    const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    const state = query.get('state') ?? '';
    const cookieState = (req.cookies as Record<string, string> | undefined)?.[SSO_STATE_COOKIE];
    res.clearCookie(SSO_STATE_COOKIE, { ...this.cookieBase(), sameSite: 'lax', path: `/auth/oidc/${slug}` });
    // The answer must come back to the browser that asked (login CSRF), and only once (replay).
    if (!state || state !== cookieState) throw new SsoLoginRefused('sso_failed', 'state does not match the browser');
    const saved = await this.states.take(state);
    if (!saved) throw new SsoLoginRefused('sso_expired', 'unknown or used state');
    const { municipality, configuration } = await this.provider(slug);
    if (saved.tenantId !== municipality.id) throw new SsoLoginRefused('sso_failed', 'state of another municipality');
    const identity = await this.verified(configuration, saved, query);
    const userId = await this.userFor(municipality.id, identity);
    await this.auth.ssoLogin({ userId, tenantId: municipality.id, via: 'oidc' }, res);
    res.cookie(SSO_SESSION_COOKIE, `oidc:${municipality.slug}`, { ...this.cookieBase(), httpOnly: false, sameSite: 'lax', path: '/' });
    res.redirect(302, '/');
  }

  /** RP-initiated logout: to the provider's end_session_endpoint where it has one, else back to the login page. */
  async logout(slug: string, req: Request, res: Response): Promise<void> {
    res.clearCookie(SSO_SESSION_COOKIE, { ...this.cookieBase(), httpOnly: false, sameSite: 'lax', path: '/' });
    const afterwards = `${this.origin(req)}/`;
    try {
      const { configuration } = await this.provider(slug);
      if (configuration.serverMetadata().end_session_endpoint) {
        res.redirect(302, oidc.buildEndSessionUrl(configuration, { post_logout_redirect_uri: afterwards }).href);
        return;
      }
    } catch (error) {
      this.logger.warn({ err: error }, `No provider logout for ${slug}`);
    }
    res.redirect(302, '/');
  }

  /** The code exchanged and the ID token checked; the identity it vouches for. */
  private async verified(configuration: oidc.Configuration, saved: OidcLoginState, query: URLSearchParams): Promise<{ issuer: string; subject: string; email: string | null; name: string | null }> {
    const currentUrl = new URL(saved.redirectUri);
    for (const [key, value] of query) currentUrl.searchParams.append(key, value);
    let tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: saved.codeVerifier, expectedState: currentUrl.searchParams.get('state') ?? undefined, expectedNonce: saved.nonce, idTokenExpected: true,
      });
    } catch (error) {
      throw new SsoLoginRefused('sso_failed', describeFailure(error));
    }
    const header = JSON.parse(Buffer.from(String(tokens.id_token).split('.')[0] ?? '', 'base64url').toString('utf8')) as { alg?: string };
    if (!header.alg || !ASYMMETRIC_ALGORITHMS.has(header.alg)) throw new SsoLoginRefused('sso_failed', `id token algorithm ${header.alg ?? 'missing'}`);
    const claims = tokens.claims();
    if (!claims) throw new SsoLoginRefused('sso_failed', 'no id token');
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : null;
    return { issuer: claims.iss, subject: claims.sub, email, name };
  }

  /**
   * The account of an identity at this municipality's provider. Known: its account. New: the account of this
   * municipality's pending invitation to the e-mail (accepted now), or else a new account without a role, which the
   * tenant admin sees as waiting for access. An e-mail that already has an account is never taken over without one.
   */
  private async userFor(tenantId: string, identity: { issuer: string; subject: string; email: string | null; name: string | null }): Promise<string> {
    const known = await inContext(this.dataSource, { tenantId, userId: null }, async (em) => {
      const userId = await identityProviderRepository.identity(em, identity.issuer, identity.subject);
      if (userId) await identityProviderRepository.touchIdentity(em, identity.issuer, identity.subject);
      return userId;
    });
    // A disabled account is refused when the session is issued (AuthService).
    if (known) return known;
    if (!identity.email) throw new SsoLoginRefused('sso_email_missing', 'no e-mail claim');
    const email = identity.email;
    const account = await authRepository.credentials(this.dataSource, email);
    if (account?.disabled) throw new SsoLoginRefused('sso_account_disabled', 'account disabled');
    const userId = account?.id ?? randomUUID();
    return inContext(this.dataSource, { tenantId, userId }, async (em) => {
      const invitation = await identityProviderRepository.openInvitationTo(em, email);
      if (!invitation && account) throw new SsoLoginRefused('sso_email_in_use', 'e-mail has an account and no invitation');
      if (!account) await userRepository.addUser(em, { id: userId, email, displayName: invitation?.display_name ?? identity.name ?? email, passwordHash: null });
      await identityProviderRepository.addIdentity(em, identity.issuer, identity.subject, userId);
      if (invitation) {
        if (!(await userRepository.isMember(em, userId))) {
          await userRepository.keepDefaultTenant(em, userId);
          await writeMembership(em, tenantId, userId, { roles: invitation.roles.filter(isTenantRole) as TenantRole[], orgUnitIds: invitation.org_unit_ids });
        }
        await userRepository.markAccepted(em, invitation.id, userId);
        await this.audit.record(em, { tenantId, userId, action: 'sso.identity_linked', subjectType: 'invitation', subjectId: invitation.id, details: { roles: invitation.roles } });
      } else {
        await this.audit.record(em, { tenantId, userId, action: 'sso.account_created', subjectType: 'user', subjectId: userId });
      }
      return userId;
    });
  }

  /** The municipality and its provider's configuration (discovered, cached a few minutes per settings version). */
  private async provider(slug: string): Promise<{ municipality: Municipality; configuration: oidc.Configuration }> {
    const municipality = await identityProviderRepository.tenantBySlug(this.dataSource, slug);
    if (!municipality) throw new SsoLoginRefused('sso_unavailable', 'unknown municipality');
    const row = await inContext(this.dataSource, { tenantId: municipality.id, userId: null }, (em) => identityProviderRepository.provider(em));
    if (!row || row.kind !== 'oidc' || !row.enabled || !row.sealed_secret) throw new SsoLoginRefused('sso_unavailable', 'no OpenID Connect login');
    return { municipality, configuration: await this.configuration(municipality.id, row) };
  }

  private configuration(tenantId: string, row: ProviderRow): Promise<oidc.Configuration> {
    const key = `${row.updated_at.toISOString()}:${row.sealed_secret}`;
    const cached = this.configurations.get(tenantId);
    if (cached && cached.key === key && Date.now() - cached.at < CONFIG_CACHE_MS) return cached.configuration;
    const config = oidcConfigOf(row);
    const secret = this.box.open(row.sealed_secret!, tenantId);
    const insecure = !this.config.production && config.issuer.startsWith('http:');
    const configuration = oidc
      .discovery(new URL(config.issuer), config.clientId, undefined, oidc.ClientSecretPost(secret), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .then((discovered) => {
        // The ID token's signature is checked against the issuer's JWKS too, not only trusted for coming over TLS.
        oidc.enableNonRepudiationChecks(discovered);
        return discovered;
      });
    configuration.catch(() => this.configurations.delete(tenantId));
    this.configurations.set(tenantId, { key, at: Date.now(), configuration });
    return configuration.catch((error: Error) => {
      throw new SsoLoginRefused('sso_unavailable', `discovery failed: ${error.message}`);
    });
  }

  private origin(req: Request): string {
    return this.config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  }

  private cookieBase() {
    return { httpOnly: true, secure: this.config.secureCookies };
  }
}
