import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { qb } from '@raadgiver/db';
import { RawBuilder } from 'kysely';
import { LRUCache } from 'lru-cache';

/** Filters whose totals one API process keeps; the least recently used goes first. */
export const MAX_HELD_TOTALS = 2_000;

/** A filter's total as of the list version it was counted under. */
export interface HeldTotal {
  version: string;
  total: number;
}

/**
 * The inquiry list's totals per tenant and filter, each with the list version it was counted under
 * (INQUIRY_LIST_VERSION in @raadgiver/db: the tenant's inquiry and catalogue versions and its response targets, as
 * the page statement reads them). The page statement counts again only when the version it reads differs
 * from the one sent, so paging through a list, or many advisors opening the same one, counts once
 * per change instead of once per page. Keys are hashes: no search text stays in memory.
 */
@Injectable()
export class InquiryTotals {
  private readonly held = new LRUCache<string, HeldTotal>({ max: MAX_HELD_TOTALS });

  /** The key of a filter: its WHERE fragment and that fragment's parameters, in the tenant. */
  key(tenantId: string, where: string, whereParams: readonly unknown[]): string {
    return createHash('sha1').update(tenantId).update('\0').update(where).update('\0').update(JSON.stringify(whereParams)).digest('base64url');
  }

  /** The key of a filter condition (inquiryFilter), by its SQL and parameters. */
  keyOf(tenantId: string, where: RawBuilder<boolean>): string {
    const { sql, parameters } = where.compile(qb);
    return this.key(tenantId, sql, parameters);
  }

  get(key: string): HeldTotal | undefined {
    return this.held.get(key);
  }

  remember(key: string, version: string, total: number): void {
    this.held.set(key, { version, total });
  }
}
