import { Inject, Injectable, Logger } from '@nestjs/common';
import { SAML, ValidateInResponseTo, type Profile } from '@node-saml/node-saml';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { inContext } from '@raadgiver/db';
import { TEXT_LIMITS } from '@raadgiver/domain';
import { AuditService } from '../../audit/audit.service';
import { AuthService } from '../../auth/auth.service';
import { SessionRevocations } from '../../auth/session-revocations';
import { API_CONFIG, ApiConfig } from '../../config/api-config';
import { SecretBox } from '../../security/secret-box';
import { SAML_CLOCK_SKEW_MS, SAML_REQUEST_TTL_MS, SamlMessageStore } from './saml-message-store';
import { assertionPrivileges, MappedRoles, mapPrivileges } from './saml-privileges';
import { SamlProviderConfig, serviceProviderOf } from './saml-provider-config';
import { userRepository } from '../../users/user.repository';
import { identityProviderRepository } from '../identity-provider.repository';
import { samlRepository, SamlTenant } from './saml.repository';
import { parseXml } from './saml-xml';

/** A SAML message this SP does not accept; `reason` is for the log and never names a person. */
export class SamlRefusedError extends Error {
  constructor(readonly reason: string) {
    super(`SAML login refused: ${reason}`);
  }
}

const SAML_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
/** Attributes a person's name may come in (OIOSAML 3, OIOSAML 2, Entra ID), the first present winning. */
const NAME_ATTRIBUTES = ['https://data.gov.dk/model/core/eid/fullName', 'urn:oid:2.5.4.3', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name', 'displayName'];

interface LoadedProvider {
  tenant: SamlTenant;
  config: SamlProviderConfig;
  saml: SAML;
}

type XmlJs = { $?: Record<string, string>; _?: string } & { [child: string]: XmlJs[] | Record<string, string> | string | undefined };

function children(node: XmlJs | undefined, name: string): XmlJs[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

/**
 * SAML 2.0 logins per municipality (KOMBIT's Context Handler, OIOSAML 3). node-saml checks the signatures (the
 * assertion's always, the response's where present), decrypts, and checks InResponseTo against the requests this SP
 * issued (Redis), the audience and the time conditions with a bounded skew; this service adds what it leaves out:
 * the issuer, Destination and Recipient, required encryption, replay, and then applies the privileges as roles.
 */
@Injectable()
export class SamlLoginService {
  private readonly logger = new Logger(SamlLoginService.name);
  private readonly secrets: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SamlMessageStore,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly sessions: SessionRevocations,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {
    this.secrets = new SecretBox(config.secretKeys);
  }

  /** Where to send the browser: the IdP's SSO endpoint with a signed AuthnRequest (HTTP-Redirect binding). */
  async loginUrl(slug: string): Promise<string> {
    const { saml } = await this.load(slug);
    return saml.getAuthorizeUrlAsync('', undefined, {});
  }

  /** The SP's metadata for this municipality, with its certificate for signing and for encryption. */
  async metadata(slug: string): Promise<string> {
    const { saml, config } = await this.load(slug);
    return saml.generateServiceProviderMetadata(config.spCertificate, config.spCertificate);
  }

  /** The assertion consumer: checks the response, links the identity, applies the roles and starts a session. */
  async consume(slug: string, samlResponse: unknown, res: Response): Promise<void> {
    if (typeof samlResponse !== 'string' || !samlResponse) throw new SamlRefusedError('no SAMLResponse');
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    const envelope = await this.envelope(xml, this.acsUrlOf(slug));
    const { tenant, config, saml } = await this.load(slug, envelope.includes('Signature'));
    const sp = serviceProviderOf(this.config.publicUrl, tenant.slug);
    if (config.encryptedAssertions && (envelope.includes('Assertion') || !envelope.includes('EncryptedAssertion'))) throw new SamlRefusedError('assertion not encrypted');
    let profile: Profile | null;
    try {
      ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse }));
    } catch (error) {
      throw new SamlRefusedError((error as Error).message);
    }
    if (!profile?.nameID) throw new SamlRefusedError('no NameID');
    if (profile.issuer !== config.idpEntityId) throw new SamlRefusedError('assertion issued by another identity provider');
    const assertion = (profile.getAssertion?.() as { Assertion?: XmlJs } | undefined)?.Assertion;
    const notOnOrAfter = this.checkRecipient(assertion, sp.acsUrl);
    const assertionId = assertion?.$?.ID;
    if (!assertionId) throw new SamlRefusedError('assertion without ID');
    if (!(await this.store.firstUse(tenant.id, config.idpEntityId, assertionId, notOnOrAfter))) throw new SamlRefusedError('assertion replayed');

    const mapped = mapPrivileges(await assertionPrivileges(profile[config.privilegeAttribute]), config.privilegeMap);
    const { userId, rolesChanged } = await this.applyLogin(tenant.id, config.idpEntityId, profile, mapped);
    if (rolesChanged) await this.sessions.membershipChanged(userId, tenant.id);
    await this.auth.ssoLogin({ userId, tenantId: tenant.id, via: 'saml' }, res);
    res.redirect(303, '/');
  }

  /** The municipality and its SAML settings, with the SP's key opened; refused when it has none or they are off. */
  private async load(slug: string, responseSigned = false): Promise<LoadedProvider> {
    const tenant = await samlRepository.tenantBySlug(this.dataSource, slug);
    if (!tenant) throw new SamlRefusedError('unknown municipality');
    const stored = await inContext(this.dataSource, { tenantId: tenant.id, userId: null }, (em) => samlRepository.provider(em));
    if (!stored?.enabled || !stored.sealedSecret) throw new SamlRefusedError('no SAML provider');
    const { config } = stored;
    const privateKey = this.secrets.open(stored.sealedSecret, tenant.id);
    const sp = serviceProviderOf(this.config.publicUrl, tenant.slug);
    const saml = new SAML({
      issuer: sp.entityId,
      callbackUrl: sp.acsUrl,
      audience: sp.entityId,
      entryPoint: config.idpSsoUrl,
      idpIssuer: config.idpEntityId,
      idpCert: config.idpCertificates,
      privateKey,
      publicCert: config.spCertificate,
      decryptionPvk: privateKey,
      signatureAlgorithm: 'sha256',
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      authnRequestBinding: 'HTTP-Redirect',
      identifierFormat: null,
      disableRequestedAuthnContext: true,
      wantAssertionsSigned: true,
      // A response signature where present must hold; the assertion's always must (wantAssertionsSigned).
      wantAuthnResponseSigned: responseSigned,
      acceptedClockSkewMs: SAML_CLOCK_SKEW_MS,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: SAML_REQUEST_TTL_MS,
      cacheProvider: this.store.requestsOf(tenant.id),
    });
    return { tenant, config, saml };
  }

  private acsUrlOf(slug: string): string {
    return serviceProviderOf(this.config.publicUrl, slug).acsUrl;
  }

  /** The response itself, before its signatures are checked: a SAML Response for this SP's ACS; its children's names. */
  private async envelope(xml: string, acsUrl: string): Promise<string[]> {
    const root = await parseXml(xml);
    if (!root || root.local !== 'Response' || root.uri !== SAML_PROTOCOL) throw new SamlRefusedError('not a SAML response');
    if (root.attributes.Destination !== acsUrl) throw new SamlRefusedError('response meant for another destination');
    return root.children.map((child) => child.local);
  }

  /** A bearer confirmation for this SP's ACS (node-saml checked its time); its NotOnOrAfter, until which replay is watched. */
  private checkRecipient(assertion: XmlJs | undefined, acsUrl: string): Date {
    const confirmations = children(children(assertion, 'Subject')[0], 'SubjectConfirmation')
      .filter((confirmation) => confirmation.$?.Method === 'urn:oasis:names:tc:SAML:2.0:cm:bearer')
      .map((confirmation) => children(confirmation, 'SubjectConfirmationData')[0]?.$)
      .filter((data) => data?.Recipient === acsUrl && data.NotOnOrAfter);
    if (!confirmations.length) throw new SamlRefusedError('assertion meant for another recipient');
    const until = new Date(confirmations[0]!.NotOnOrAfter!);
    if (Number.isNaN(until.getTime())) throw new SamlRefusedError('unreadable NotOnOrAfter');
    return until;
  }

  /** The person of (issuer, NameID) in the municipality, created at the first login; their roles become the mapped ones. */
  private applyLogin(tenantId: string, issuer: string, profile: Profile, mapped: MappedRoles): Promise<{ userId: string; rolesChanged: boolean }> {
    return inContext(this.dataSource, { tenantId, userId: null }, async (em) => {
      let userId = await identityProviderRepository.identity(em, issuer, profile.nameID);
      if (userId) {
        await identityProviderRepository.touchIdentity(em, issuer, profile.nameID);
      } else {
        userId = randomUUID();
        // Never the asserted e-mail: an address is how invitations find accounts, and the IdP may claim anyone's.
        await samlRepository.addUser(em, userId, `saml.${userId}@sso.invalid`, this.displayName(profile));
        await identityProviderRepository.addIdentity(em, issuer, profile.nameID, userId);
      }
      const rolesChanged = await this.applyRoles(em, tenantId, userId, mapped);
      await this.audit.record(em, { tenantId, userId, action: 'sso.login', subjectType: 'user', subjectId: userId, details: { via: 'saml', roles: mapped.roles } });
      return { userId, rolesChanged };
    });
  }

  /** Replaces the membership by the assertion's (keeping a deactivation by the tenant admin); audited when it changes. */
  private async applyRoles(em: EntityManager, tenantId: string, userId: string, mapped: MappedRoles): Promise<boolean> {
    const before = await samlRepository.membership(em, userId);
    const same = before.roles.join() === mapped.roles.join() && [...before.orgUnitIds].sort().join() === mapped.orgUnitIds.join();
    if (same) return false;
    await userRepository.replaceMembership(em, tenantId, userId, mapped.roles, mapped.orgUnitIds);
    await this.audit.record(em, {
      tenantId, userId, action: 'sso.roles_applied', subjectType: 'user', subjectId: userId,
      details: { via: 'saml', rolesBefore: before.roles, roles: mapped.roles, orgUnitIdsBefore: before.orgUnitIds, orgUnitIds: mapped.orgUnitIds, privileges: mapped.privileges },
    });
    return true;
  }

  private displayName(profile: Profile): string {
    for (const attribute of NAME_ATTRIBUTES) {
      const value = profile[attribute];
      const text = (Array.isArray(value) ? value[0] : value) as unknown;
      if (typeof text === 'string' && text.trim()) return text.trim().slice(0, TEXT_LIMITS.name);
    }
    return 'SAML-bruger';
  }

  /** For the controller's log line: the reason, never the message's content. */
  refusal(error: unknown): string {
    const reason = error instanceof SamlRefusedError ? error.reason : 'internal error';
    if (!(error instanceof SamlRefusedError)) this.logger.error({ err: error }, 'SAML login failed');
    return reason;
  }
}
