import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, auditRepository } from './audit.repository';

export type { AuditEntry } from './audit.repository';

/** Appends to the tenant's audit log inside the caller's transaction, so it stands or falls with the change. */
@Injectable()
export class AuditService {
  record(em: EntityManager, entry: AuditEntry): Promise<void> {
    return auditRepository.record(em, entry);
  }
}
