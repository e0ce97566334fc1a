import { generateKeyPairSync } from 'node:crypto';
import { CERTIFICATES, seconds } from '../testing/saml-certificates';
import { earliestExpiry } from './certificate-expiry';

describe('earliestExpiry', () => {
  it('is the earliest notAfter of each kind, leaving out what is not a certificate', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const notACertificate = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(earliestExpiry([])).toEqual(new Map());
    expect(
      earliestExpiry([
        { kind: 'saml_idp_certificate', certificate: CERTIFICATES.idpNext },
        { kind: 'saml_idp_certificate', certificate: 'garbage' },
        { kind: 'saml_idp_certificate', certificate: CERTIFICATES.idpCurrent },
        { kind: 'saml_sp_certificate', certificate: notACertificate },
      ]),
    ).toEqual(new Map([['saml_idp_certificate', seconds('2031-03-15T12:00:00Z')]]));
  });
});
