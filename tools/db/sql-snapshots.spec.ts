import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRepository, renderSnapshot, snapshots } from './sql-snapshots';

const IMPORT_JOB = 'apps/worker/src/imports/import-job.repository';

type QueryFunction = ((...args: unknown[]) => { where(...args: unknown[]): { compile(): { sql: string; parameters: readonly unknown[] } } }) & { example: unknown[] };

const REGENERATE = 'SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/db/sql-snapshots.ts';

describe('the SQL snapshots of the repositories', () => {
  it('are up to date, so every query change shows in a review', () => {
    const found = snapshots();
    expect(found.length).toBeGreaterThan(0);
    const stale = found.filter((s) => s.fresh !== s.committed).map((s) => s.path);
    expect({ stale, regenerate: stale.length > 0 ? REGENERATE : '' }).toEqual({ stale: [], regenerate: '' });
  });

  it('catch a changed query whose snapshot was not regenerated', () => {
    const committed = readFileSync(join(__dirname, '../..', `${IMPORT_JOB}.sql`), 'utf8');
    const { importJobQueries } = loadRepository(`${IMPORT_JOB}.ts`) as { importJobQueries: Record<string, QueryFunction> };
    expect(renderSnapshot({ importJobQueries })).toBe(committed);
    // The same query with one more condition, as an edit of the repository would make it.
    const original = importJobQueries.progress;
    const progress = Object.assign((...args: unknown[]) => original(...args).where('status', '=', 'running'), { example: original.example });
    expect(renderSnapshot({ importJobQueries: { ...importJobQueries, progress } })).not.toBe(committed);
  });
});
