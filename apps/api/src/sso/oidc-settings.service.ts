import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inContext } from '@raadgiver/db';
import { InvalidInputError, isUuid, NotFoundError } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { authRepository } from '../auth/auth.repository';
import { RequestContext } from '../graphql/request-context';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { SecretBox } from '../security/secret-box';
import { SECRET_BOX } from './secret-box.provider';
import { identityProviderRepository, OidcConfig, ProviderRow } from './identity-provider.repository';
import { LoginProviderType, OidcSettingsInput, OidcSettingsType, ResealResultType } from './oidc-settings.types';

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function oidcConfigOf(row: ProviderRow): OidcConfig {
  const config = row.config as Partial<OidcConfig>;
  return { issuer: String(config.issuer ?? ''), clientId: String(config.clientId ?? ''), secretSetAt: config.secretSetAt ?? null };
}

export function loginPath(kind: string, slug: string): string {
  return `/auth/${kind}/${slug}/login`;
}

/**
 * A municipality's OpenID Connect settings: its tenant admin's (or the operator's, for any municipality). The client
 * secret is sealed with SECRET_KEYS and the municipality's id before it is stored, and never returned.
 */
@Injectable()
export class OidcSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The own municipality's settings; null before any are saved. */
  get(ctx: RequestContext): Promise<OidcSettingsType | null> {
    const { tenantId } = ctx.requireTenant();
    return ctx.run((em) => this.read(em, tenantId));
  }

  save(ctx: RequestContext, input: OidcSettingsInput): Promise<OidcSettingsType> {
    const { tenantId, userId } = ctx.requireTenant();
    return this.checked(input, tenantId).then((settings) => ctx.run((em) => this.write(em, tenantId, userId, settings)));
  }

  /** The operator's view of any municipality's settings. */
  async getFor(ctx: RequestContext, tenantId: string): Promise<OidcSettingsType | null> {
    const { userId } = ctx.requireAuth();
    await this.assertTenant(tenantId);
    return inContext(this.dataSource, { tenantId, userId, operator: true }, (em) => this.read(em, tenantId));
  }

  async saveFor(ctx: RequestContext, tenantId: string, input: OidcSettingsInput): Promise<OidcSettingsType> {
    const { userId } = ctx.requireAuth();
    await this.assertTenant(tenantId);
    const settings = await this.checked(input, tenantId);
    return inContext(this.dataSource, { tenantId, userId, operator: true }, (em) => this.write(em, tenantId, userId, settings));
  }

  /**
   * After SECRET_KEYS got a new first key: seals every stored secret that is sealed with an older key again with the
   * current one, so the older key can be dropped. Each municipality in its own transaction; a secret replaced meanwhile
   * is left as it is (it is sealed with the current key already).
   */
  async resealAll(ctx: RequestContext): Promise<ResealResultType> {
    const { userId } = ctx.requireAuth();
    const tenants = await identityProviderRepository.allTenantIds(this.dataSource);
    let resealed = 0;
    for (const tenantId of tenants) {
      const done = await inContext(this.dataSource, { tenantId, userId, operator: true }, async (em) => {
        const row = await identityProviderRepository.provider(em);
        if (!row?.sealed_secret || !this.box.isStale(row.sealed_secret)) return false;
        const again = this.box.seal(this.box.open(row.sealed_secret, tenantId), tenantId);
        if (!(await identityProviderRepository.reseal(em, row.sealed_secret, again))) return false;
        await this.audit.record(em, { tenantId, userId, action: 'identity_provider.secret_resealed', subjectType: 'tenant', subjectId: tenantId });
        return true;
      });
      if (done) resealed += 1;
    }
    return { resealed, currentKeyId: this.box.currentKeyId ?? '' };
  }

  /** The municipalities with a login of their own, for the login page (no login needed). */
  async loginProviders(): Promise<LoginProviderType[]> {
    return (await authRepository.loginProviders(this.dataSource)).map((p) => ({ slug: p.slug, municipalityName: p.name, kind: p.kind, loginPath: loginPath(p.kind, p.slug) }));
  }

  /** The municipality whose login an e-mail address belongs to, by its domain; null when none has it. */
  async loginProviderFor(email: string): Promise<LoginProviderType | null> {
    const domain = email.trim().toLowerCase().split('@').pop() ?? '';
    const found = (await authRepository.loginProviders(this.dataSource)).find((p) => p.email_domains.includes(domain));
    return found ? { slug: found.slug, municipalityName: found.name, kind: found.kind, loginPath: loginPath(found.kind, found.slug) } : null;
  }

  private async read(em: EntityManager, tenantId: string): Promise<OidcSettingsType | null> {
    const row = await identityProviderRepository.provider(em);
    if (!row || row.kind !== 'oidc') return null;
    const config = oidcConfigOf(row);
    const tenant = await identityProviderRepository.tenantById(this.dataSource, tenantId);
    return {
      issuerUrl: config.issuer, clientId: config.clientId, secretSet: row.sealed_secret !== null,
      secretSetAt: config.secretSetAt ? new Date(config.secretSetAt) : null, emailDomains: row.email_domains,
      ssoRequired: row.sso_required, enabled: row.enabled, redirectPath: `/auth/oidc/${tenant?.slug ?? ''}/callback`, updatedAt: row.updated_at,
    };
  }

  private async write(
    em: EntityManager,
    tenantId: string,
    userId: string,
    settings: { issuer: string; clientId: string; secret: string | null; emailDomains: string[]; ssoRequired: boolean; enabled: boolean },
  ): Promise<OidcSettingsType> {
    const existing = await identityProviderRepository.provider(em);
    const previous = existing?.kind === 'oidc' ? oidcConfigOf(existing) : null;
    if (!settings.secret && !(existing?.kind === 'oidc' && existing.sealed_secret)) throw InvalidInputError.of('clientSecret', 'secret_required');
    const sealedSecret = settings.secret ? this.box.seal(settings.secret, tenantId) : null;
    const config: OidcConfig = {
      issuer: settings.issuer, clientId: settings.clientId, secretSetAt: sealedSecret ? new Date().toISOString() : (previous?.secretSetAt ?? null),
    };
    await identityProviderRepository.saveOidc(em, { config, sealedSecret, emailDomains: settings.emailDomains, ssoRequired: settings.ssoRequired, enabled: settings.enabled, updatedBy: userId });
    // The audit says what changed, never the secret.
    await this.audit.record(em, {
      tenantId, userId, action: 'identity_provider.oidc_set', subjectType: 'tenant', subjectId: tenantId,
      details: { issuer: settings.issuer, ssoRequired: settings.ssoRequired, enabled: settings.enabled, secretReplaced: sealedSecret !== null },
    });
    return (await this.read(em, tenantId))!;
  }

  /** Every field's problem at once, in Danish at the field; nothing is stored when one is wrong. */
  private async checked(input: OidcSettingsInput, tenantId: string) {
    const problems: { path: string; code: 'issuer_url' | 'email_domain' | 'email_domain_taken' | 'sso_secrets_unavailable'; params?: Record<string, string> }[] = [];
    const issuer = input.issuerUrl.trim();
    if (!this.acceptableIssuer(issuer)) problems.push({ path: 'issuerUrl', code: 'issuer_url' });
    const emailDomains = [...new Set(input.emailDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
    const others = (await authRepository.loginProviders(this.dataSource)).filter((p) => p.tenant_id !== tenantId);
    for (const domain of emailDomains) {
      if (!DOMAIN.test(domain)) problems.push({ path: 'emailDomains', code: 'email_domain', params: { domain } });
      else if (others.some((p) => p.email_domains.includes(domain))) problems.push({ path: 'emailDomains', code: 'email_domain_taken', params: { domain } });
    }
    const secret = input.clientSecret?.trim() ? input.clientSecret : null;
    if (secret && !this.box.configured) problems.push({ path: 'clientSecret', code: 'sso_secrets_unavailable' });
    if (problems.length) throw new InvalidInputError(problems);
    return { issuer, clientId: input.clientId.trim(), secret, emailDomains, ssoRequired: input.ssoRequired, enabled: input.enabled };
  }

  /** https, or outside production http to this machine (a provider started by the tests or on a developer's machine). */
  private acceptableIssuer(value: string): boolean {
    try {
      const url = new URL(value);
      if (url.username || url.password || url.search || url.hash) return false;
      if (url.protocol === 'https:') return true;
      return !this.config.production && url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    } catch {
      return false;
    }
  }

  private async assertTenant(tenantId: string): Promise<void> {
    if (!isUuid(tenantId) || !(await identityProviderRepository.tenantById(this.dataSource, tenantId))) throw new NotFoundError('municipality', 'tenantId');
  }
}
