import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AuditEntry {
  tenantId: string;
  userId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** Ids and criteria only; never names or free text. */
  details?: Record<string, unknown>;
}

/** Appends to the tenant's audit log inside the caller's transaction, so it stands or falls with the change. */
@Injectable()
export class AuditService {
  /**
   * The same insert as SQL for a data-modifying CTE (`WITH audit AS (...) SELECT ...`), so a hot read
   * writes its audit row in its own round trip. Values go into `params` as positional parameters.
   */
  insertSql(entry: AuditEntry, params: unknown[]): string {
    params.push(entry.tenantId, entry.userId, entry.action, entry.subjectType, entry.subjectId, JSON.stringify(entry.details ?? {}));
    const n = params.length;
    return `INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details)
      VALUES ($${n - 5}::uuid, $${n - 4}::uuid, $${n - 3}, $${n - 2}, $${n - 1}::uuid, $${n}::jsonb)`;
  }

  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.query(
      'INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5, $6)',
      [entry.tenantId, entry.userId, entry.action, entry.subjectType, entry.subjectId, JSON.stringify(entry.details ?? {})],
    );
  }
}
