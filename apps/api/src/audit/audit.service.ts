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
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.query(
      'INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5, $6)',
      [entry.tenantId, entry.userId, entry.action, entry.subjectType, entry.subjectId, JSON.stringify(entry.details ?? {})],
    );
  }
}
