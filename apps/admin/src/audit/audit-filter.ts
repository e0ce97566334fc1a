import { z } from 'zod';
import type { AuditFilter } from '../gql/graphql';

/** The filter bar's fields as typed; nothing in them can be wrong, an empty one means "any". */
export const auditFilterSchema = z.object({ from: z.string(), to: z.string(), userId: z.string(), action: z.string(), citizenId: z.string() });

export type AuditFilterFields = z.output<typeof auditFilterSchema>;

export const EMPTY_AUDIT_FILTER: AuditFilterFields = { from: '', to: '', userId: '', action: '', citizenId: '' };

const KEYS = ['from', 'to', 'userId', 'action', 'citizenId'] as const;

/** Only the criteria that were filled in, trimmed. */
export function auditFilterOf(fields: AuditFilterFields): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of KEYS) {
    const value = fields[key].trim();
    if (value) filter[key] = value;
  }
  return filter;
}

export type AuditExportFormat = 'csv' | 'xlsx' | 'json';
export const AUDIT_EXPORT_FORMATS: readonly AuditExportFormat[] = ['csv', 'xlsx', 'json'];

/** The download path of the filtered log in a format; the filter travels as JSON, as the list sends it. */
export function auditExportPath(format: AuditExportFormat, filter: AuditFilter): string {
  const criteria = JSON.stringify(filter);
  return `/audit-log/events.${format}${criteria === '{}' ? '' : `?filter=${encodeURIComponent(criteria)}`}`;
}
