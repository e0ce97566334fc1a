import { Injectable } from '@nestjs/common';
import { publishBenchmarkSnapshot } from '@raadgiver/db';
import { ConflictError, InvalidInputError, NotFoundError } from '@raadgiver/domain';
import { SessionRevocations } from '../auth/session-revocations';
import { assertId } from '../common/id-arg';
import { RequestContext } from '../graphql/request-context';
import { tenantRegistry } from '../tenants/tenant.repository';
import { archiveRepository } from './archive.repository';
import { backupRetentionDaysFromEnv, leavingAccount } from './leaving-account';
import { leavingRepository } from './leaving.repository';

export interface TenantDeletionResult {
  account: string;
  counts: Record<string, number>;
}

/**
 * A municipality leaves: once its export of everything is ready and the operator has typed its name, every row of it
 * goes in one transaction (tenant_delete), and the operator keeps a written account of what went and what remains in
 * backups until they expire (GDPR Article 28(3)(g)).
 */
@Injectable()
export class LeavingService {
  private readonly backupRetentionDays = backupRetentionDaysFromEnv(process.env);

  constructor(private readonly sessions: SessionRevocations) {}

  deleteTenant(ctx: RequestContext, tenantId: string, confirmName: string): Promise<TenantDeletionResult> {
    const { userId } = ctx.requireAuth();
    assertId(tenantId, 'tenantId');
    return ctx.run(async (em) => {
      const tenant = await leavingRepository.tenant(em, tenantId);
      if (!tenant) throw new NotFoundError('municipality', 'tenantId');
      if (confirmName.trim() !== tenant.name) throw InvalidInputError.of('confirmName', 'confirmation_mismatch');
      const exported = await tenantRegistry.inTenant(em, tenantId, () => archiveRepository.latestEverything(em));
      if (!exported || exported.status !== 'ready') throw new ConflictError('tenantId', 'export_before_delete');
      const counts = await leavingRepository.delete(em, tenantId);
      const account = leavingAccount({
        tenantName: tenant.name, kommunekode: tenant.kommunekode, deletedAt: new Date(), counts, backupRetentionDays: this.backupRetentionDays,
        exportPackage: { id: exported.id, finishedAt: exported.finished_at, sha256: exported.sha256 },
      });
      await leavingRepository.record(em, tenant, userId, counts, account);
      // The public benchmark leaves the municipality out with the same commit.
      await publishBenchmarkSnapshot(em);
      ctx.tx.afterCommit(() => this.sessions.tenantChanged(tenantId));
      return { account, counts };
    });
  }
}
