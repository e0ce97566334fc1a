import { PrivilegeGrant } from './saml-privileges';

/** What tenant_identity_provider.config holds for SAML: nothing secret (the SP's private key is sealed beside it). */
export interface SamlProviderConfig {
  /** The identity provider's entity id: the issuer its assertions must name. */
  idpEntityId: string;
  /** Where AuthnRequests go (HTTP-Redirect binding). */
  idpSsoUrl: string;
  /** The IdP's signing certificates as PEM; several during a roll-over, any of them verifying. */
  idpCertificates: string[];
  /** Whether assertions must arrive encrypted to the SP's certificate. */
  encryptedAssertions: boolean;
  /** The SP's own certificate (PEM) for its signatures and for encryption to it; published in the metadata. */
  spCertificate: string;
  /** The attribute carrying the privileges: plain values or OIOSAML's base64 privilege list. */
  privilegeAttribute: string;
  privilegeMap: PrivilegeGrant[];
}

/** Where `npm start` serves the admin: the SP's addresses when PUBLIC_URL is unset. */
const DEVELOPMENT_PUBLIC_URL = 'http://127.0.0.1:4200';

/** The SP's own addresses in one municipality, all made from PUBLIC_URL and the municipality's slug. */
export interface SamlServiceProvider {
  entityId: string;
  acsUrl: string;
  loginUrl: string;
}

export function serviceProviderOf(publicUrl: string | null, slug: string): SamlServiceProvider {
  const base = `${publicUrl ?? DEVELOPMENT_PUBLIC_URL}/auth/saml/${encodeURIComponent(slug)}`;
  return { entityId: `${base}/metadata`, acsUrl: `${base}/acs`, loginUrl: `${base}/login` };
}
