import { ARCHIVE_TABLE_NAMES, ArchivePackageError, readArchivePackage, referencedFirst, restorableTenant, RESTORE_STEPS } from '@raadgiver/db';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { ArchiveContent, buildArchiveZip, CHECKSUM_FILE, MANIFEST_FILE } from './archive-contents';

const CITIZEN = '11111111-1111-4111-8111-111111111111';

function content(tables: Partial<ArchiveContent['tables']> = {}): ArchiveContent {
  const empty = Object.fromEntries(ARCHIVE_TABLE_NAMES.map((name) => [name, []])) as unknown as ArchiveContent['tables'];
  return {
    tenantName: 'Lejre Kommune', kommunekode: '350', packageId: 'p-1', scope: 'everything', period: { from: '2000-01-01', to: '2030-12-31' },
    requestedBy: null, madeAt: '2026-01-01T00:00:00.000Z', tables: { ...empty, ...tables }, documents: [],
  };
}

const citizen = { id: CITIZEN, reference: 'B-1', display_name: 'Åse "Aa" Ærø', email: '', phone: null, created_at: '2019-01-01 10:00:00+01', anonymised_at: null };

/** The package with one file replaced, the checksum list left as it was or made to match. */
async function withFile(zipBytes: Buffer, path: string, text: string, resum = false): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  zip.file(path, text);
  if (resum) {
    const list = (await zip.file(CHECKSUM_FILE)!.async('string')).replace(/^[0-9a-f]{64} {2}(.+)$/gm, (line, file: string) =>
      file === path ? `${createHash('sha256').update(text).digest('hex')}  ${file}` : line,
    );
    zip.file(CHECKSUM_FILE, list);
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('reading an archive package back', () => {
  it('gives every table as written: an empty text stays empty, an absent value null', async () => {
    const read = await readArchivePackage(await buildArchiveZip(content({ citizen: [citizen] })));
    expect(read.manifest).toMatchObject({ format: 2, scope: 'everything', packageId: 'p-1' });
    expect(read.tables.citizen).toEqual([citizen]);
    expect(read.tables.inquiry).toEqual([]);
  });

  it('refuses a file that does not match its checksum, a file the list does not name, and a package without the list', async () => {
    const zip = await buildArchiveZip(content({ citizen: [citizen] }));
    await expect(readArchivePackage(await withFile(zip, 'tables/citizen.csv', 'x'))).rejects.toThrow('tables/citizen.csv does not match its checksum');
    await expect(readArchivePackage(await withFile(zip, 'extra.txt', 'x'))).rejects.toThrow('extra.txt is not named in checksums.sha256');
    const without = await JSZip.loadAsync(zip);
    without.remove(CHECKSUM_FILE);
    await expect(readArchivePackage(await without.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow('checksums.sha256 is missing');
    await expect(readArchivePackage(Buffer.from('not a zip'))).rejects.toThrow(ArchivePackageError);
  });

  it('names the file and row of a value that is not of its column type, and a header of another version', async () => {
    const zip = await buildArchiveZip(content({ citizen: [citizen] }));
    const csv = (await (await JSZip.loadAsync(zip)).file('tables/citizen.csv')!.async('string')).replace(CITIZEN, 'not-a-uuid');
    await expect(readArchivePackage(await withFile(zip, 'tables/citizen.csv', csv, true))).rejects.toThrow('tables/citizen.csv, row 1: id is not a valid uuid');
    await expect(readArchivePackage(await withFile(zip, 'tables/citizen.csv', '"id","reference"\r\n', true))).rejects.toThrow(/tables\/citizen\.csv: the columns are "id,reference"/);
    await expect(readArchivePackage(await withFile(zip, MANIFEST_FILE, '{"format":1}', true))).rejects.toThrow('manifest.json: format 1');
  });
});

describe('what a restore takes', () => {
  const tenant = { id: '22222222-2222-4222-8222-222222222222', name: 'Lejre Kommune', slug: 'lejre', kommunekode: '350', locale: 'da', settings: '{}',
    benchmark_opt_in: 'true', benchmark_peer_group: null, created_at: '2019-01-01 10:00:00+01' };

  it("takes a municipality's full export, and refuses an archive of a period or a package without its municipality", async () => {
    const full = await readArchivePackage(await buildArchiveZip(content({ tenant: [tenant] })));
    expect(restorableTenant(full)).toEqual({ id: tenant.id, name: 'Lejre Kommune', slug: 'lejre', kommunekode: '350' });
    const period = await readArchivePackage(await buildArchiveZip({ ...content({ tenant: [tenant] }), scope: 'period', period: { from: '2019-01-01', to: '2019-12-31' } }));
    expect(() => restorableTenant(period)).toThrow("The package is an archive of 2019-01-01 to 2019-12-31, not a municipality's full export");
    const none = await readArchivePackage(await buildArchiveZip(content()));
    expect(() => restorableTenant(none)).toThrow('tables/tenant.csv: must hold exactly one municipality');
  });
});

describe('the restore order', () => {
  it('writes every table of the package, each once', () => {
    expect(RESTORE_STEPS.map((step) => step.table).sort()).toEqual([...ARCHIVE_TABLE_NAMES].sort());
  });

  it('writes a row after the row it names, keeping each row its number in the file', () => {
    const rows = [
      { row: 1, values: { id: 'c', parent_id: 'b' } },
      { row: 2, values: { id: 'b', parent_id: 'a' } },
      { row: 3, values: { id: 'a', parent_id: null } },
      { row: 4, values: { id: 'd', parent_id: 'elsewhere' } },
    ];
    expect(referencedFirst(rows, 'parent_id').map((r) => r.row)).toEqual([3, 4, 2, 1]);
    const cycle = [{ row: 1, values: { id: 'x', parent_id: 'y' } }, { row: 2, values: { id: 'y', parent_id: 'x' } }];
    expect(referencedFirst(cycle, 'parent_id').map((r) => r.row)).toEqual([1, 2]);
  });
});
