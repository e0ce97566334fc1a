import { Expression, RawBuilder, sql } from 'kysely';

/**
 * The ids of the units `startIds` selects, everything below them and everything merged or split into
 * them, at any depth (UNION stops at cycles). `startIds` is a SELECT of one uuid column.
 */
export function orgUnitScope(startIds: Expression<unknown>): RawBuilder<string> {
  return sql<string>`WITH RECURSIVE scope(id) AS (
      ${startIds}
      UNION
      SELECT next.id FROM scope s CROSS JOIN LATERAL (
        SELECT o.id FROM org_unit o WHERE o.parent_id = s.id
        UNION ALL
        SELECT l.predecessor_id FROM org_unit_link l WHERE l.successor_id = s.id) next
    ) SELECT id FROM scope`;
}
