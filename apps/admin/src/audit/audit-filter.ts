import { z } from 'zod';
import type { AuditFilter } from '../gql/graphql';

/** The filter bar's fields as typed; nothing in them can be wrong, an empty one means "any". */
export const auditFilterSchema = z.object({ from: z.string(), to: z.string(), action: z.string(), subjectId: z.string() });

export type AuditFilterFields = z.output<typeof auditFilterSchema>;

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
