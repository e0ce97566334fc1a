import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createVerify, generateKeyPairSync, KeyObject, randomUUID, X509Certificate } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';
import { encrypt } from 'xml-encryption';
import { descendants, parseXml } from '../sso/saml/saml-xml';
import { selfSignedCertificate } from '../sso/saml/self-signed-certificate';

const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/** A signing key with its self-signed certificate. */
export interface TestSigningKey {
  privateKeyPem: string;
  certificatePem: string;
}

export function testSigningKey(commonName: string): TestSigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), certificatePem: selfSignedCertificate(privateKey as KeyObject, commonName) };
}

/** The AuthnRequest as the IdP read it from the redirect, its SP signature checked. */
export interface ReceivedRequest {
  id: string;
  issuer: string;
  acsUrl: string;
  signatureValid: boolean;
}

/** Who logs in and how the response is made; every field but `nameId` has a correct default from the request. */
export interface TestLogin {
  nameId: string;
  attributes?: Record<string, string[]>;
  /** Which parts are signed: the assertion (default), the response, both, or neither. */
  sign?: 'assertion' | 'response' | 'both' | 'none';
  /** Another key than the IdP's own. */
  signingKey?: TestSigningKey;
  issuer?: string;
  audience?: string;
  /** Another request id than the request's own, or null for an unsolicited (IdP-initiated) response without one. */
  inResponseTo?: string | null;
  recipient?: string;
  destination?: string;
  /** Seconds from now: the assertion's NotOnOrAfter (default 300) and IssueInstant (default 0). */
  notOnOrAfterIn?: number;
  issuedIn?: number;
  /** The (signed) assertion encrypted to the SP's certificate, as an EncryptedAssertion. */
  encrypt?: boolean;
  /** Signature wrapping: an unsigned assertion for `nameId` beside or around the signed one, made for `signedNameId`. */
  wrap?: { how: 'sibling' | 'around'; signedNameId: string; signedAttributes?: Record<string, string[]> };
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A small SAML 2.0 identity provider for the tests, on a port of its own: it answers the SP's redirect
 * (`GET /sso?SAMLRequest=…&SigAlg=…&Signature=…`) by reading and checking the AuthnRequest, and builds the
 * responses, signed with its generated key by xml-crypto, correct by default and wrong on purpose where a test asks.
 */
export class TestSamlIdp {
  readonly key = testSigningKey('Test IdP');
  readonly entityId = 'https://idp.test/saml/idp';
  private server!: Server;
  url = '';
  /** SP certificates by SP entity id, for checking the requests' signatures. */
  readonly spCertificates = new Map<string, string>();

  static async start(): Promise<TestSamlIdp> {
    const idp = new TestSamlIdp();
    idp.server = createServer((req, res) => {
      void idp.read(new URL(req.url ?? '/', idp.url)).then((request) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(request)));
    });
    await new Promise<void>((resolve) => idp.server.listen(0, '127.0.0.1', resolve));
    idp.url = `http://127.0.0.1:${(idp.server.address() as AddressInfo).port}`;
    return idp;
  }

  get ssoUrl(): string {
    return `${this.url}/sso`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The request of a redirect to the IdP, with its signature checked against the SP's certificate. */
  async read(url: URL): Promise<ReceivedRequest> {
    const deflated = url.searchParams.get('SAMLRequest') ?? '';
    const xml = inflateRawSync(Buffer.from(deflated, 'base64')).toString('utf8');
    const root = (await parseXml(xml))!;
    const issuer = descendants(root, 'Issuer', 'urn:oasis:names:tc:SAML:2.0:assertion')[0]?.text ?? '';
    // HTTP-Redirect binding: the signature covers the query parameters as sent, in this order.
    const signed = ['SAMLRequest', 'RelayState', 'SigAlg']
      .filter((name) => url.searchParams.has(name))
      .map((name) => `${name}=${encodeURIComponent(url.searchParams.get(name)!)}`)
      .join('&');
    const certificate = this.spCertificates.get(issuer);
    const signatureValid = Boolean(certificate)
      && url.searchParams.get('SigAlg') === RSA_SHA256
      && createVerify('RSA-SHA256').update(signed).verify(certificate!, url.searchParams.get('Signature') ?? '', 'base64');
    return { id: root.attributes.ID ?? '', issuer, acsUrl: root.attributes.AssertionConsumerServiceURL ?? '', signatureValid };
  }

  /** A SAMLResponse (base64) answering the request for the login. */
  async response(request: ReceivedRequest, login: TestLogin): Promise<string> {
    const now = Date.now();
    const at = (seconds: number) => new Date(now + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const issued = at(login.issuedIn ?? 0);
    const until = at(login.notOnOrAfterIn ?? 300);
    const inResponseTo = login.inResponseTo === undefined ? request.id : login.inResponseTo;
    const answering = (attribute: string) => (inResponseTo === null ? '' : ` ${attribute}="${xmlText(inResponseTo)}"`);
    const signingKey = login.signingKey ?? this.key;
    const sign = login.sign ?? 'assertion';
    const assertion = (nameId: string, attributes: Record<string, string[]>) => {
      const id = `_${randomUUID()}`;
      const statements = Object.entries(attributes)
        .map(([name, values]) => `<saml:Attribute Name="${xmlText(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${values.map((v) => `<saml:AttributeValue>${xmlText(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`)
        .join('');
      return {
        id,
        xml: `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${issued}">`
          + `<saml:Issuer>${xmlText(login.issuer ?? this.entityId)}</saml:Issuer>`
          + `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${xmlText(nameId)}</saml:NameID>`
          + `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${answering('InResponseTo')} NotOnOrAfter="${until}" Recipient="${xmlText(login.recipient ?? request.acsUrl)}"/></saml:SubjectConfirmation></saml:Subject>`
          + `<saml:Conditions NotBefore="${issued}" NotOnOrAfter="${until}"><saml:AudienceRestriction><saml:Audience>${xmlText(login.audience ?? request.issuer)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>`
          + `<saml:AuthnStatement AuthnInstant="${issued}" SessionIndex="${id}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`
          + (statements ? `<saml:AttributeStatement>${statements}</saml:AttributeStatement>` : '')
          + '</saml:Assertion>',
      };
    };
    const signedName = login.wrap?.signedNameId ?? login.nameId;
    const genuine = assertion(signedName, login.wrap ? (login.wrap.signedAttributes ?? {}) : (login.attributes ?? {}));
    let assertions = sign === 'assertion' || sign === 'both' ? this.signed(genuine.xml, genuine.id, signingKey) : genuine.xml;
    if (login.encrypt) assertions = `<saml:EncryptedAssertion>${await this.encrypted(assertions, this.spCertificates.get(request.issuer)!)}</saml:EncryptedAssertion>`;
    if (login.wrap) {
      const evil = assertion(login.nameId, login.attributes ?? {});
      assertions = login.wrap.how === 'sibling'
        ? `${evil.xml}${assertions}`
        : evil.xml.replace('</saml:Subject>', `</saml:Subject><saml:Advice>${assertions}</saml:Advice>`);
    }
    const responseId = `_${randomUUID()}`;
    const response = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${responseId}" Version="2.0" IssueInstant="${issued}" Destination="${xmlText(login.destination ?? request.acsUrl)}"${answering('InResponseTo')}>`
      + `<saml:Issuer>${xmlText(login.issuer ?? this.entityId)}</saml:Issuer>`
      + '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
      + assertions
      + '</samlp:Response>';
    const xml = sign === 'response' || sign === 'both' ? this.signed(response, responseId, signingKey) : response;
    return Buffer.from(xml).toString('base64');
  }

  /** XML encryption to the SP's certificate: AES-256-GCM content, RSA-OAEP key transport. */
  private encrypted(xml: string, certificatePem: string): Promise<string> {
    return new Promise((resolve, reject) =>
      encrypt(xml, {
        rsa_pub: new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        pem: certificatePem,
        encryptionAlgorithm: 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
        keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
      }, (error, result) => (error ? reject(error) : resolve(result))),
    );
  }

  /** The element with the id signed (enveloped, exclusive c14n, RSA-SHA256), the signature after its Issuer. */
  private signed(xml: string, id: string, key: TestSigningKey): string {
    const signature = new SignedXml({ privateKey: key.privateKeyPem, publicCert: key.certificatePem, signatureAlgorithm: RSA_SHA256, canonicalizationAlgorithm: EXC_C14N });
    signature.addReference({ xpath: `//*[@ID='${id}']`, digestAlgorithm: SHA256, transforms: [ENVELOPED, EXC_C14N] });
    signature.computeSignature(xml, { location: { reference: `//*[@ID='${id}']/*[local-name(.)='Issuer']`, action: 'after' } });
    return signature.getSignedXml();
  }
}
