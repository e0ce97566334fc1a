import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { docxText, ooxmlPackageProblems } from '@raadgiver/testing';
import { countingNotes } from './content';
import { renderDocx } from './docx';
import { lejreModel, smallModel } from './test-fixtures';
import { renderXlsx } from './xlsx';

jest.setTimeout(60_000);

async function load(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  return book;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The cells of the given 1-based columns below the header row that hold a value. */
function filledCells(ws: ExcelJS.Worksheet, columns: number[]): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row, number) => {
    if (number === 1) return;
    for (const column of columns) if (row.getCell(column).type !== ExcelJS.ValueType.Null) cells.push(row.getCell(column));
  });
  return cells;
}

const columns = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('XLSX of the Lejre 2019 report', () => {
  const model = lejreModel();
  let xlsx: Buffer;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    xlsx = await renderXlsx(model);
    book = await load(xlsx);
  });

  it('is a valid package with title, creator and language in its properties', async () => {
    expect(await ooxmlPackageProblems(xlsx)).toEqual([]);
    expect([book.title, book.creator]).toEqual(['Borgerrådgiverens beretning 2019', 'Lejre Kommune']);
    const core = await (await JSZip.loadAsync(xlsx)).file('docProps/core.xml')?.async('string');
    expect(core).toContain('<dc:language>da-DK</dc:language>');
  });

  it('has a sheet per table of the report, named in Danish, each with its header row frozen', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      'Nøgletal',
      'Typer',
      'Klagetyper',
      'Udfald',
      'Enheder',
      'Svartider',
      'Anbefalinger',
      'Tidligere anbefalinger',
      'Andel gennemført',
      'Om tallene',
    ]);
    for (const ws of book.worksheets) {
      expect(ws.views).toEqual([expect.objectContaining({ state: 'frozen', xSplit: 0, ySplit: 1 })]);
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
  });

  it('has every figure as a number cell: counts, days, rates and shares (formatted as per cent)', () => {
    const figures: [string, number[]][] = [
      ['Nøgletal', [2, 3]],
      ['Typer', columns(2, 5)],
      ['Klagetyper', columns(2, 6)],
      ['Udfald', columns(2, 6)],
      ['Enheder', [...columns(2, 5), ...columns(8, 11)]],
      ['Svartider', columns(2, 10)],
      ['Andel gennemført', columns(2, 5)],
    ];
    for (const [name, numeric] of figures) {
      const cells = filledCells(sheet(book, name), numeric).filter((cell) => !(cell.value instanceof Date));
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect([name, cell.address, cell.type]).toEqual([name, cell.address, ExcelJS.ValueType.Number]);
    }
    for (const [name, shares] of [['Typer', [4, 5]], ['Klagetyper', [4, 5]], ['Enheder', [4, 5]], ['Svartider', [6, 10]], ['Andel gennemført', [5]]] as const) {
      for (const cell of filledCells(sheet(book, name), [...shares])) expect(cell.numFmt).toBe('0.0%');
    }
  });

  it('gives the period and the comparison period as Excel dates in the documents\' format', () => {
    const overview = sheet(book, 'Nøgletal');
    const row = (label: string) => overview.getRows(2, overview.rowCount - 1)?.find((r) => r.getCell(1).value === label);
    const [first, last] = [row('Første dag'), row('Sidste dag')];
    for (const cell of [first?.getCell(2), first?.getCell(3), last?.getCell(2), last?.getCell(3)]) {
      expect(cell?.type).toBe(ExcelJS.ValueType.Date);
      expect(cell?.numFmt).toBe('d.m.yyyy');
    }
    expect([first?.getCell(2).value, last?.getCell(2).value, first?.getCell(3).value, last?.getCell(3).value]).toEqual(
      ['2019-01-01', '2019-12-31', '2018-01-01', '2018-12-31'].map((day) => new Date(`${day}T00:00:00Z`)),
    );
  });

  it('has a sheet "Om tallene" with how each figure is counted, in the report\'s own words', async () => {
    const about = sheet(book, 'Om tallene');
    const notes = countingNotes(model);
    expect(about.getCell('A1').value).toBe('Sådan er tallene opgjort');
    expect(about.getColumn(1).values.slice(2)).toEqual(notes);
    expect(notes.join(' ')).toContain('Klagetyper og udfald med færre end 15 klageforhold i perioden er samlet under "Øvrige": i år 3 klagetyper og 1 udfald.');
    const report = (await docxText(await renderDocx(model))).replace(/\s+/g, ' ');
    for (const note of notes) expect(report).toContain(note);
  });

  it('sizes the columns by their content: names wide, figures narrow, long text wrapped', () => {
    const units = sheet(book, 'Enheder');
    expect(units.getColumn(1).width).toBeGreaterThan(2 * (units.getColumn(2).width ?? 0));
    expect(units.getColumn(2).width).toBeLessThan(units.getColumn(1).width ?? 0);
    const about = sheet(book, 'Om tallene');
    expect(about.getColumn(1).width).toBe(60);
    expect(about.getCell('A2').alignment?.wrapText).toBe(true);
    // "Tidligere anbefalinger": the follow-ups keep their line breaks.
    expect(sheet(book, 'Tidligere anbefalinger').getCell('D3').alignment?.wrapText).toBe(true);
  });
});

describe('XLSX in English and without a comparison period', () => {
  it('names the sheets and the counting notes in English, with English dates', async () => {
    const book = await load(await renderXlsx(smallModel('en')));
    expect(book.worksheets.map((ws) => ws.name)).toContain('About the figures');
    expect(book.worksheets[0].name).toBe('Key figures');
    expect(sheet(book, 'About the figures').getCell('A1').value).toBe('How the figures are counted');
    expect(sheet(book, 'Key figures').getCell('B2').numFmt).toBe('yyyy-mm-dd');
  });

  it('leaves the comparison period\'s cells empty rather than zero', async () => {
    const book = await load(await renderXlsx(smallModel('da', false)));
    const overview = sheet(book, 'Nøgletal');
    expect(overview.getCell('B2').type).toBe(ExcelJS.ValueType.Date);
    expect(filledCells(overview, [3])).toEqual([]);
  });
});
