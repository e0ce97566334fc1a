import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { InvalidInputError, NotFoundError, protectFromFormula } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { decodeCursor, encodeCursor, pageSize } from '../inquiries/inquiry-cursor';
import { AuditEventConnectionType, AuditEventType, AuditFilter } from './audit-event.types';
import { AuditService } from './audit.service';

export const MAX_AUDIT_PAGE = 500;

interface AuditRow extends Omit<AuditEventType, 'details'> {
  details: Record<string, unknown>;
  occurredAtText: string;
  userName: string | null;
}

const COLUMNS = `a.id, a.occurred_at AS "occurredAt", a.occurred_at::text AS "occurredAtText", a.user_id AS "userId", a.action,
  a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.details`;

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
      const params: unknown[] = [];
      const conditions: string[] = [];
      const add = (sql: (p: string) => string, value: unknown) => {
        params.push(value);
        conditions.push(sql(`$${params.length}`));
      };
      if (filter?.from) add((p) => `a.occurred_at >= ${p}::date::timestamp AT TIME ZONE 'UTC'`, filter.from);
      if (filter?.to) add((p) => `a.occurred_at < (${p}::date + 1)::timestamp AT TIME ZONE 'UTC'`, filter.to);
      if (filter?.action) add((p) => `a.action = ${p}`, filter.action);
      if (filter?.subjectId) add((p) => `a.subject_id = ${p}::uuid`, filter.subjectId);
      if (filter?.userId) add((p) => `a.user_id = ${p}::uuid`, filter.userId);
      if (cursor) {
        params.push(cursor.key, cursor.id);
        conditions.push(`(a.occurred_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
      }
      params.push(limit + 1);
      const rows = await em.query<AuditRow[]>(
        `SELECT ${COLUMNS} FROM audit_event a WHERE ${conditions.join(' AND ') || 'TRUE'} ORDER BY a.occurred_at DESC, a.id DESC LIMIT $${params.length}`,
        params,
      );
      const edges = rows.slice(0, limit).map((row) => ({ cursor: encodeCursor(row.occurredAtText, row.id), node: this.present(row) }));
      return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit } };
    });
  }

  /** Every event about the citizen or any of their inquiries (also deleted ones), oldest first, as CSV. Itself audited. */
  citizenExport(ctx: RequestContext, citizenId: string): Promise<string> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(citizenId, 'citizenId');
    return ctx.run(async (em) => {
      await this.assertCitizen(em, citizenId);
      const rows = await em.query<AuditRow[]>(
        `SELECT ${COLUMNS}, u.display_name AS "userName" FROM audit_event a LEFT JOIN app_user u ON u.id = a.user_id
          WHERE a.subject_id = $1 OR a.details ->> 'citizenId' = $1::text OR a.details ->> 'previousCitizenId' = $1::text
             OR a.subject_id IN (SELECT id FROM inquiry WHERE citizen_id = $1)
          ORDER BY a.occurred_at, a.id`,
        [citizenId],
      );
      await this.audit.record(em, { tenantId, userId, action: 'citizen.audit_exported', subjectType: 'citizen', subjectId: citizenId, details: { events: rows.length } });
      const header = ['occurred_at', 'user', 'action', 'subject_type', 'subject_id', 'details'];
      const lines = rows.map((r) => [r.occurredAt.toISOString(), r.userName ?? '', r.action, r.subjectType, r.subjectId ?? '', JSON.stringify(r.details)]);
      return stringify([header, ...lines].map((line) => line.map(protectFromFormula)), { record_delimiter: '\r\n' });
    });
  }

  private async assertCitizen(em: EntityManager, citizenId: string): Promise<void> {
    const [citizen] = await em.query<{ id: string }[]>('SELECT id FROM citizen WHERE id = $1', [citizenId]);
    if (!citizen) throw new NotFoundError('citizen', 'citizenId');
  }

  private present(row: AuditRow): AuditEventType {
    return {
      id: row.id, occurredAt: row.occurredAt, action: row.action, subjectType: row.subjectType,
      subjectId: row.subjectId, details: JSON.stringify(row.details), userId: row.userId,
    };
  }
}
