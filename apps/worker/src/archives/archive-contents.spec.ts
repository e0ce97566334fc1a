import { parse } from 'csv-parse/sync';
import { tableCsv, tableIndexXml, type ArchiveContent } from './archive-contents';
import { ARCHIVE_TABLES, type ArchiveTableName } from '@raadgiver/db';

const emptyTables = () => Object.fromEntries(Object.keys(ARCHIVE_TABLES).map((name) => [name, []])) as unknown as ArchiveContent['tables'];

describe('the archive package files', () => {
  it('writes a table as RFC 4180 CSV: header first, text quoted, so an empty text and an absent value differ', () => {
    const csv = tableCsv(ARCHIVE_TABLES.citizen, [
      { id: 'c1', reference: 'B-1', display_name: 'Åse "Aa" Ærø', email: '', phone: null, created_at: '2019-01-01 10:00:00+01', anonymised_at: null },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('"id","reference","display_name","email","phone","created_at","anonymised_at"');
    expect(lines[1]).toBe('"c1","B-1","Åse ""Aa"" Ærø","",,"2019-01-01 10:00:00+01",');
    const [row] = parse(csv, { columns: true, cast: (value, context) => (value === '' && !context.quoting ? null : value) }) as Record<string, string | null>[];
    expect(row).toMatchObject({ display_name: 'Åse "Aa" Ærø', email: '', phone: null });
  });

  it('describes every table and column in the index, escaped as XML', () => {
    const content: ArchiveContent = {
      tenantName: 'Lejre <&> Kommune', kommunekode: '350', packageId: 'p', scope: 'period', period: { from: '2019-01-01', to: '2019-12-31' },
      requestedBy: null, madeAt: '2026-01-01T00:00:00.000Z', tables: emptyTables(), documents: [],
    };
    const xml = tableIndexXml(content);
    expect(xml).toContain('<dbName>Raadgiver: Lejre &lt;&amp;&gt; Kommune</dbName>');
    for (const name of Object.keys(ARCHIVE_TABLES) as ArchiveTableName[]) {
      expect(xml).toContain(`<file>tables/${name}.csv</file>`);
      for (const column of ARCHIVE_TABLES[name].columns) expect(xml).toContain(`<name>${column.name}</name>`);
    }
    expect(xml).toContain('<type>xs:date</type>');
  });
});
