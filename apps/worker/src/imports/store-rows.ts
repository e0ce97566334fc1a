import { HeaderMap, isBlankRow, parseHeader, parseImportRow } from '@raadgiver/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { importRepository, NewInquiryRow } from './import.repository';
import { FileRow } from './read-rows';
import { CatalogRef, ImportPlan, ResolvedRow } from './resolve-import';

/** Rows per multi-row INSERT. */
const BATCH = 1_000;
/** References per citizen statement, and links per UPDATE. */
const WIDE_BATCH = 10 * BATCH;

/**
 * A random uuid as a flat string. randomUUID() builds its result by concatenation, a tree of some twenty
 * string pieces (~500 bytes) until first used; copied flat it takes ~50 bytes, which counts for 100,000 ids.
 */
function newId(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1');
}

function slices<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let offset = 0; offset < items.length; offset += size) result.push(items.slice(offset, offset + size));
  return result;
}

export interface StoredRows {
  inquiries: number;
  citizens: number;
}

/**
 * The import's last step, inside its one transaction: creates the planned units, categories, outcomes and citizens,
 * then reads the file a second time for the summaries (left out while checking to keep memory flat) and inserts the
 * inquiries in file order, in batches. Ids are made here, so a follow-up names its main case in the same INSERT when
 * the main case is in the same or an earlier batch; a main case further down the file is linked at the end.
 */
export async function storeRows(
  em: EntityManager,
  ctx: { tenantId: string; userId: string },
  plan: ImportPlan,
  file: AsyncIterable<FileRow>,
  onInserted: (insertedRows: number) => Promise<void> | void,
): Promise<StoredRows> {
  const { tenantId, userId } = ctx;
  const createdUnits = await importRepository.createOrgUnits(em, tenantId, userId, [...plan.newOrgUnits.values()]);
  const createdCategories = await importRepository.createCatalogEntries(em, tenantId, 'category', [...plan.newCategories.values()]);
  const createdOutcomes = await importRepository.createCatalogEntries(em, tenantId, 'outcome', [...plan.newOutcomes.values()]);
  const idOf = (ref: CatalogRef | null, created: Map<string, string>): string | null =>
    ref === null ? null : 'id' in ref ? ref.id : (created.get(ref.create) ?? null);

  const citizenIds = new Map<string, string>();
  let citizensCreated = 0;
  for (const references of slices([...new Set(plan.rows.map((r) => r.draft.citizenReference))], WIDE_BATCH)) {
    const { created, ids } = await importRepository.ensureCitizens(em, tenantId, references);
    citizensCreated += created;
    for (const row of ids) citizenIds.set(row.reference, row.id);
  }

  const planned = new Map(plan.rows.map((row, index) => [row.draft.reference, { row, index, id: newId() }] as const));
  const laterLinks: [string, string][] = [];
  let insertedCount = 0;
  let batch: { row: ResolvedRow; id: string; summary: string }[] = [];
  let batchNumber = 0;
  const mainIdOf = (entry: (typeof batch)[number]): string | null => {
    const main = entry.row.main;
    if (main === null) return null;
    if ('id' in main) return main.id;
    const found = planned.get(main.reference) as { index: number; id: string };
    if (Math.floor(found.index / BATCH) <= batchNumber) return found.id;
    laterLinks.push([entry.id, found.id]);
    return null;
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const rows: NewInquiryRow[] = batch.map((entry) => ({
      id: entry.id,
      reference: entry.row.draft.reference,
      receivedOn: entry.row.draft.receivedOn,
      channel: entry.row.draft.channel,
      citizenId: citizenIds.get(entry.row.draft.citizenReference),
      kind: entry.row.draft.kind,
      orgUnitId: idOf(entry.row.orgUnit, createdUnits),
      outcomeId: idOf(entry.row.outcome, createdOutcomes),
      mainInquiryId: mainIdOf(entry),
      firstContactOn: entry.row.draft.firstContactOn,
      closedOn: entry.row.draft.closedOn,
      summary: entry.summary,
    }));
    const inserted = new Set(await importRepository.insertInquiries(em, tenantId, rows));
    insertedCount += inserted.size;
    await importRepository.linkCategories(
      em,
      tenantId,
      batch.flatMap((e) => (inserted.has(e.id) ? e.row.categories.map((c) => [e.id, idOf(c, createdCategories)] as const) : [])),
    );
    batch = [];
    batchNumber += 1;
    await onInserted(insertedCount);
  };

  let headerMap: HeaderMap | null = null;
  let seen = 0;
  // Nothing new (a re-import): no need to read the file again.
  for await (const { row, cells } of plan.rows.length > 0 ? file : []) {
    if (!headerMap) {
      headerMap = parseHeader(cells).map;
      continue;
    }
    if (isBlankRow(cells)) continue;
    const parsed = parseImportRow(headerMap, cells, row);
    // The same bytes were checked a moment ago; anything else means the stored file changed.
    if (!parsed.ok) throw new Error(`Row ${row} reads differently the second time`);
    const entry = planned.get(parsed.draft.reference);
    if (!entry) continue;
    seen += 1;
    batch.push({ row: entry.row, id: entry.id, summary: parsed.draft.summary });
    if (batch.length === BATCH) await flush();
  }
  await flush();
  if (seen !== plan.rows.length) throw new Error('The stored file holds other rows the second time it is read');

  for (const links of slices(laterLinks, WIDE_BATCH)) await importRepository.linkMainInquiries(em, tenantId, links);
  return { inquiries: insertedCount, citizens: citizensCreated };
}
