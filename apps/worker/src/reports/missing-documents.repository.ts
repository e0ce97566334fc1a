import { defineQuery, qb, reportVersionQueries, runQuery, runWrite } from '@raadgiver/db';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** A published report's latest version and its state; null status when it has no version. */
interface PublishedReportVersion {
  id: string;
  currentVersion: number;
  versionStatus: string | null;
}

/** A version of a published report the worker is to make. */
export interface MissingVersion {
  reportId: string;
  version: number;
}

/** The queries that find published reports without documents (SQL in missing-documents.repository.sql). */
export const missingDocumentsQueries = {
  /** Published reports whose latest version is missing, failed or still to be made, locked until the transaction ends. */
  withoutDocuments: defineQuery([], () =>
    qb
      .selectFrom('report as r')
      .leftJoin('report_version as v', (join) =>
        join.onRef('v.tenant_id', '=', 'r.tenant_id').onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
      )
      .select(['r.id', 'r.current_version as currentVersion', 'v.status as versionStatus'])
      .where('r.status', '=', 'published')
      .where((eb) => eb.or([eb('v.status', 'is', null), eb('v.status', '!=', 'ready')]))
      .orderBy('r.period_from')
      .forUpdate('r'),
  ),
  /** The published report's latest version is the new one; it stays published. */
  setCurrentVersion: defineQuery([ID, 1], (reportId: string, version: number) =>
    qb.updateTable('report').set({ current_version: version }).where('id', '=', reportId).where('status', '=', 'published'),
  ),
};

/** Finding and starting the missing versions, in the caller's transaction under the tenant's RLS. */
export const missingDocumentsRepository = {
  /**
   * The version to make for each published report without documents: a version still generating is made as it is (its
   * job id is the same, so a job already queued is not doubled); a missing or failed one gets a new version.
   */
  async claim(em: EntityManager, tenantId: string): Promise<MissingVersion[]> {
    const reports: PublishedReportVersion[] = await runQuery(em, missingDocumentsQueries.withoutDocuments());
    const missing: MissingVersion[] = [];
    for (const report of reports) {
      if (report.versionStatus === 'generating') {
        missing.push({ reportId: report.id, version: report.currentVersion });
        continue;
      }
      const version = report.currentVersion + 1;
      await runWrite(em, reportVersionQueries.start(tenantId, report.id, version));
      await runWrite(em, missingDocumentsQueries.setCurrentVersion(report.id, version));
      missing.push({ reportId: report.id, version });
    }
    return missing;
  },
};
