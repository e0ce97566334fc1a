import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { InvalidInputError, NotFoundError, protectFromFormula } from '@raadgiver/domain';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { decodeCursor, encodeCursor, pageSize } from '../inquiries/inquiry-cursor';
import { AuditEventConnectionType, AuditEventType, AuditFilter } from './audit-event.types';
import { AuditRow, auditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { citizenRepository } from '../citizens/citizen.repository';

export const MAX_AUDIT_PAGE = 500;

/** The tenant admin's view of the audit log: a filtered list and every event about one citizen as CSV. */
@Injectable()
export class AuditLogService {
  constructor(private readonly audit: AuditService) {}

  list(ctx: RequestContext, filter: AuditFilter | null, first: number, after: string | null): Promise<AuditEventConnectionType> {
    ctx.requireTenant();
    const limit = pageSize(first, MAX_AUDIT_PAGE);
    const cursor = after ? decodeCursor(after) : null;
    if (cursor && Number.isNaN(Date.parse(cursor.key))) throw InvalidInputError.of('after', 'not_a_cursor');
    return ctx.run(async (em) => {
      const rows = await auditRepository.page(em, filter ?? {}, cursor, limit + 1);
      const edges = rows.slice(0, limit).map((row) => ({ cursor: encodeCursor(row.occurredAtText, row.id), node: this.present(row) }));
      return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit } };
    });
  }

  /** Every event about the citizen or any of their inquiries (also deleted ones), oldest first, as CSV. Itself audited. */
  citizenExport(ctx: RequestContext, citizenId: string): Promise<string> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(citizenId, 'citizenId');
    return ctx.run(async (em) => {
      if (!(await citizenRepository.exists(em, citizenId))) throw new NotFoundError('citizen', 'citizenId');
      const rows = await auditRepository.aboutCitizen(em, citizenId);
      await this.audit.record(em, { tenantId, userId, action: 'citizen.audit_exported', subjectType: 'citizen', subjectId: citizenId, details: { events: rows.length } });
      const header = ['occurred_at', 'user', 'action', 'subject_type', 'subject_id', 'details'];
      const lines = rows.map((r) => [r.occurredAt.toISOString(), r.userName ?? '', r.action, r.subjectType, r.subjectId ?? '', JSON.stringify(r.details)]);
      return stringify([header, ...lines].map((line) => line.map(protectFromFormula)), { record_delimiter: '\r\n' });
    });
  }

  private present(row: AuditRow): AuditEventType {
    return {
      id: row.id, occurredAt: row.occurredAt, action: row.action, subjectType: row.subjectType,
      subjectId: row.subjectId, details: JSON.stringify(row.details), userId: row.userId,
    };
  }
}
