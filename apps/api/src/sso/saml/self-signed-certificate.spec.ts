import { X509Certificate } from 'node:crypto';
import { certificateMatchesKey, generateSamlKeyPair } from './self-signed-certificate';

describe('generateSamlKeyPair', () => {
  it('makes a certificate that node reads, that is signed by its own key and valid for ten years', () => {
    const pair = generateSamlKeyPair('https://raadgiver.example/auth/saml/lejre/metadata');
    const certificate = new X509Certificate(pair.certificatePem);
    expect(certificate.subject).toBe('CN=https://raadgiver.example/auth/saml/lejre/metadata');
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    const years = (new Date(certificate.validTo).getTime() - new Date(certificate.validFrom).getTime()) / (365.25 * 24 * 3600 * 1000);
    expect(Math.round(years)).toBe(10);
    expect(certificateMatchesKey(pair.certificatePem, pair.privateKeyPem)).toBe(true);
  });

  it('tells a certificate from another key pair apart', () => {
    const one = generateSamlKeyPair('one');
    const other = generateSamlKeyPair('other');
    expect(certificateMatchesKey(one.certificatePem, other.privateKeyPem)).toBe(false);
  });
});
