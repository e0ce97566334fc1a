import type { AuditFilter } from '../gql/graphql';

export interface AuditFilterFields {
  from: string;
  to: string;
  action: string;
  subjectId: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterFields = { from: '', to: '', action: '', subjectId: '' };

/** Only the criteria that were filled in, trimmed. */
export function auditFilterOf(fields: AuditFilterFields): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of ['from', 'to', 'action', 'subjectId'] as const) {
    const value = fields[key].trim();
    if (value) filter[key] = value;
  }
  return filter;
}
