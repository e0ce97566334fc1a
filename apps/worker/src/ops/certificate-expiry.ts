import { NO_CONTEXT, runQueryInContext } from '@raadgiver/db';
import { METRIC_NAMES } from '@raadgiver/domain';
import { X509Certificate } from 'node:crypto';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { certificateExpiryQueries, SamlCertificateRow } from './certificate-expiry.repository';

export type CertificateKind = SamlCertificateRow['kind'];

/** How long a scrape's answer is reused: certificates change seldom, and their expiry is watched in days. */
export const CERTIFICATE_EXPIRY_CACHE_MS = 10 * 60_000;

/** The earliest notAfter (unix seconds) of each kind; a certificate that does not parse is left out. */
export function earliestExpiry(rows: Pick<SamlCertificateRow, 'kind' | 'certificate'>[]): Map<CertificateKind, number> {
  const earliest = new Map<CertificateKind, number>();
  for (const { kind, certificate } of rows) {
    let validTo: number;
    try {
      validTo = Date.parse(new X509Certificate(certificate).validTo) / 1000;
    } catch {
      continue;
    }
    if (Number.isFinite(validTo) && validTo < (earliest.get(kind) ?? Infinity)) earliest.set(kind, validTo);
  }
  return earliest;
}

/**
 * raadgiver_secret_expiry_timestamp_seconds{kind}: when the earliest SAML certificate of each kind (the IdPs' signing
 * certificates, our SP certificates) of every enabled municipality's login expires. Read on scrape, at most once per
 * CERTIFICATE_EXPIRY_CACHE_MS; no label per municipality (the runbook finds it). A kind without certificates has no
 * series; a failed read keeps the previous answer (none before the first), and is tried again at the next scrape.
 */
export function registerCertificateExpiry(registry: Registry, dataSource: DataSource, cacheMs = CERTIFICATE_EXPIRY_CACHE_MS): Gauge<'kind'> {
  let cached: { at: number; earliest: Map<CertificateKind, number> } | null = null;
  const load = async (): Promise<Map<CertificateKind, number>> => {
    if (cached && Date.now() - cached.at < cacheMs) return cached.earliest;
    // Before the worker has connected (startWorker) there is nothing to read yet.
    if (!dataSource.isInitialized) return cached?.earliest ?? new Map();
    try {
      const rows = await runQueryInContext(dataSource, NO_CONTEXT, certificateExpiryQueries.samlCertificates());
      cached = { at: Date.now(), earliest: earliestExpiry(rows) };
    } catch {
      if (!cached) return new Map();
    }
    return cached.earliest;
  };
  return new Gauge({
    name: METRIC_NAMES.secretExpiry,
    help: 'When the earliest certificate of each kind expires (unix seconds), over every enabled municipal SAML login',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      const earliest = await load();
      this.reset();
      for (const [kind, seconds] of earliest) this.set({ kind }, seconds);
    },
  });
}
