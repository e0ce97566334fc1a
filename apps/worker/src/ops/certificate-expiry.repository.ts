import { defineQuery, qb } from '@raadgiver/db';
import { sql } from 'kysely';

/** One public certificate of an enabled SAML login (saml_certificates()): the IdP's signing ones and our SP's. */
export interface SamlCertificateRow {
  tenant_id: string;
  slug: string;
  kind: 'saml_idp_certificate' | 'saml_sp_certificate';
  certificate: string;
}

/** The certificates the expiry gauge watches (the SQL is in certificate-expiry.repository.sql, checked by `npm test`). */
export const certificateExpiryQueries = {
  samlCertificates: defineQuery([], () => qb.selectFrom(sql<SamlCertificateRow>`saml_certificates()`.as('c')).select(['c.kind', 'c.certificate'])),
};
