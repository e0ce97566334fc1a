import { Inject, Injectable } from '@nestjs/common';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { FieldProblem, InvalidInputError } from '@raadgiver/domain';
import { AuditService } from '../../audit/audit.service';
import { API_CONFIG, ApiConfig } from '../../config/api-config';
import { RequestContext } from '../../graphql/request-context';
import { SecretBox } from '../../security/secret-box';
import { userRepository } from '../../users/user.repository';
import { PRIVILEGES_INTERMEDIATE, PrivilegeGrant } from './saml-privileges';
import { SamlProviderConfig, serviceProviderOf } from './saml-provider-config';
import { SamlProviderInput, SamlProviderType } from './saml-provider.types';
import { samlRepository, StoredSamlProvider } from './saml.repository';
import { certificateMatchesKey, generateSamlKeyPair } from './self-signed-certificate';

/** PEM as stored: a bare base64 certificate (as metadata carries it) gets its armour. */
function certificatePem(text: string): string | null {
  const trimmed = text.trim();
  const pem = trimmed.startsWith('-----BEGIN') ? trimmed : `-----BEGIN CERTIFICATE-----\n${trimmed.replace(/\s+/g, '').replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----`;
  try {
    return new X509Certificate(pem).toString();
  } catch {
    return null;
  }
}

function isRsaPrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}

/** https://, or in development (a test's identity provider on loopback) http:// too. */
function isIdpUrl(text: string, production: boolean): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || (!production && protocol === 'http:');
  } catch {
    return false;
  }
}

/** The municipality's SAML settings: set by its tenant admin, the SP's private key sealed and never returned. */
@Injectable()
export class SamlProviderService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly audit: AuditService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {
    this.secrets = new SecretBox(config.secretKeys);
  }

  async get(ctx: RequestContext): Promise<SamlProviderType | null> {
    const { tenantId } = ctx.requireTenant();
    const [stored, slug] = await ctx.run(async (em) => [await samlRepository.provider(em), await samlRepository.slugOf(em, tenantId)] as const);
    return stored ? this.toType(stored, slug) : null;
  }

  /** Checks every field and answers all problems at once; stores nothing unless all are right. */
  async set(ctx: RequestContext, input: SamlProviderInput): Promise<SamlProviderType> {
    const { tenantId, userId } = ctx.requireTenant();
    const problems: FieldProblem[] = [];
    if (!isIdpUrl(input.idpSsoUrl, this.config.production)) problems.push({ path: 'idpSsoUrl', code: 'not_https_url' });
    const idpCertificates = input.idpCertificates.map((text, index) => {
      const pem = certificatePem(text);
      if (!pem) problems.push({ path: `idpCertificates[${index}]`, code: 'not_pem_certificate' });
      return pem ?? '';
    });
    const suppliedPair = this.suppliedKeyPair(input, problems);
    const privilegeMap = this.privilegeMap(input, problems);
    if (problems.length) throw new InvalidInputError(problems);

    return ctx.run(async (em) => {
      const units = [...new Set(privilegeMap.flatMap((grant) => grant.orgUnitIds))];
      if (units.length && (await userRepository.unitCount(em, units)) !== units.length) {
        throw InvalidInputError.of(`privilegeMap[${privilegeMap.findIndex((grant) => grant.orgUnitIds.length)}].orgUnitIds`, 'not_an_id');
      }
      const slug = await samlRepository.slugOf(em, tenantId);
      const before = await samlRepository.provider(em);
      const pair = suppliedPair
        ?? (before?.sealedSecret && !input.generateSpKeyPair ? { privateKeyPem: null, certificatePem: before.config.spCertificate } : generateSamlKeyPair(serviceProviderOf(this.config.publicUrl, slug).entityId));
      const sealed = pair.privateKeyPem ? this.secrets.seal(pair.privateKeyPem, tenantId) : before!.sealedSecret!;
      const config: SamlProviderConfig = {
        idpEntityId: input.idpEntityId.trim(),
        idpSsoUrl: input.idpSsoUrl.trim(),
        idpCertificates,
        encryptedAssertions: input.encryptedAssertions,
        spCertificate: pair.certificatePem,
        privilegeAttribute: input.privilegeAttribute?.trim() || PRIVILEGES_INTERMEDIATE,
        privilegeMap,
      };
      await samlRepository.saveProvider(em, tenantId, userId, config, sealed, input.enabled);
      await this.audit.record(em, {
        tenantId, userId, action: 'sso.saml_provider_set', subjectType: 'tenant', subjectId: tenantId,
        details: { idpEntityId: config.idpEntityId, enabled: input.enabled, spKeyReplaced: Boolean(pair.privateKeyPem), grants: privilegeMap.length },
      });
      const stored = await samlRepository.provider(em);
      return this.toType(stored!, slug);
    });
  }

  /** The SP key pair the admin uploaded: both or neither, a matching RSA pair. */
  private suppliedKeyPair(input: SamlProviderInput, problems: FieldProblem[]): { privateKeyPem: string; certificatePem: string } | null {
    const key = input.spPrivateKey?.trim();
    const certificate = input.spCertificate?.trim();
    if (!key && !certificate) return null;
    if (!key || !certificate) {
      problems.push({ path: key ? 'spCertificate' : 'spPrivateKey', code: 'goes_with', params: { other: key ? 'spPrivateKey' : 'spCertificate' } });
      return null;
    }
    const pem = certificatePem(certificate);
    if (!isRsaPrivateKey(key)) problems.push({ path: 'spPrivateKey', code: 'not_rsa_private_key' });
    else if (!pem) problems.push({ path: 'spCertificate', code: 'not_pem_certificate' });
    else if (!certificateMatchesKey(pem, key)) problems.push({ path: 'spCertificate', code: 'certificate_not_for_key' });
    else return { privateKeyPem: createPrivateKey(key).export({ type: 'pkcs8', format: 'pem' }).toString(), certificatePem: pem };
    return null;
  }

  private privilegeMap(input: SamlProviderInput, problems: FieldProblem[]): PrivilegeGrant[] {
    const seen = new Set<string>();
    return input.privilegeMap.map((grant, index) => {
      const privilege = grant.privilege.trim();
      const orgUnitIds = [...new Set(grant.orgUnitIds ?? [])];
      const key = `${privilege}\n${grant.role}`;
      if (seen.has(key)) problems.push({ path: `privilegeMap[${index}].privilege`, code: 'no_repeats' });
      seen.add(key);
      if (grant.role === 'department_contact' && !orgUnitIds.length) problems.push({ path: `privilegeMap[${index}].orgUnitIds`, code: 'contact_needs_unit' });
      if (grant.role !== 'department_contact' && orgUnitIds.length) problems.push({ path: `privilegeMap[${index}].orgUnitIds`, code: 'only_contacts_have_units' });
      return { privilege, role: grant.role, orgUnitIds };
    });
  }

  private toType(stored: StoredSamlProvider, slug: string): SamlProviderType {
    const { config } = stored;
    const sp = serviceProviderOf(this.config.publicUrl, slug);
    return {
      idpEntityId: config.idpEntityId, idpSsoUrl: config.idpSsoUrl, idpCertificates: config.idpCertificates, encryptedAssertions: config.encryptedAssertions,
      spEntityId: sp.entityId, acsUrl: sp.acsUrl, loginUrl: sp.loginUrl, spCertificate: config.spCertificate,
      privilegeAttribute: config.privilegeAttribute, privilegeMap: config.privilegeMap, enabled: stored.enabled, updatedAt: stored.updatedAt,
    };
  }
}
