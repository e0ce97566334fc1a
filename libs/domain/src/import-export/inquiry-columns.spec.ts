import fc from 'fast-check';
import { INQUIRY_CHANNELS, INQUIRY_KIND_DANISH, INQUIRY_KINDS } from '../catalog/inquiry-kind';
import { looksLikeCpr } from '../inquiries/cpr';
import {
  detectCsvDelimiter,
  exportHeader,
  exportHeaderMap,
  formatExportRow,
  INQUIRY_FILE_COLUMNS,
  InquiryExportRow,
  parseFileDate,
  parseHeader,
  parseImportRow,
} from './inquiry-columns';

const DANISH = ['sagsnummer', 'modtaget', 'borger', 'type', 'enhed', 'forhold', 'udfald', 'foelgesag_til', 'foerste_kontakt', 'afsluttet', 'resume', 'kanal'];

const isoDate = fc
  // Plausible dates (inquiryProblems): from 1990 to a year ahead, here kept safely in the past with their closing.
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2025-06-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Text a cell keeps exactly: no surrounding spaces, not empty. */
const name = (max: number) =>
  fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).map((s) => s.replace(/;/g, ',').trim()).filter((s) => s.length > 0 && !looksLikeCpr(s));

const exportRow: fc.Arbitrary<InquiryExportRow> = fc
  .record({
    reference: name(30),
    receivedOn: isoDate,
    channel: fc.constantFrom(...INQUIRY_CHANNELS),
    citizenReference: name(30),
    kind: fc.constantFrom(...INQUIRY_KINDS),
    orgUnitName: fc.option(name(200), { nil: null }),
    categoryNames: fc.uniqueArray(name(40), { maxLength: 4, selector: (s) => s.toLowerCase() }),
    outcomeName: fc.option(name(200), { nil: null }),
    mainReference: fc.option(name(30), { nil: null }),
    firstContactDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    closedDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    // A summary is required: not empty, not only spaces.
    summary: fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }).filter((s) => s.trim().length > 0),
  })
  .filter((r) => r.mainReference !== r.reference && (r.kind !== 'complaint' || r.categoryNames.length > 0))
  .map(({ firstContactDays, closedDays, ...r }) => ({
    ...r,
    firstContactOn: firstContactDays === null ? null : addDays(r.receivedOn, firstContactDays),
    // Closed on or after the first contact, as inquiryProblems asks.
    closedOn: closedDays === null ? null : addDays(r.receivedOn, Math.max(closedDays, firstContactDays ?? 0)),
  }));

describe('the inquiry file columns', () => {
  it('reads back every exported row unchanged (export → import is the identity)', () => {
    fc.assert(
      fc.property(exportRow, fc.integer({ min: 2, max: 1_000_000 }), (row, rowNumber) => {
        const parsed = parseImportRow(exportHeaderMap(), formatExportRow(row), rowNumber);
        expect(parsed).toEqual({ ok: true, draft: { ...row, row: rowNumber } });
      }),
    );
  });

  it('reads back every row exported for people in Danish or English: their headers, kinds, channels and dates', () => {
    fc.assert(
      fc.property(exportRow, fc.constantFrom('da' as const, 'en' as const), (row, language) => {
        const { map, problems } = parseHeader(exportHeader(language));
        expect(problems).toEqual([]);
        expect(parseImportRow(map, formatExportRow(row, language), 2)).toEqual({ ok: true, draft: { ...row, row: 2 } });
      }),
    );
  });

  it('writes a Danish export as Danes read it', () => {
    const row = formatExportRow(
      {
        reference: 'R-1', receivedOn: '2026-12-03', channel: 'digital_post', citizenReference: 'B', kind: 'complaint', orgUnitName: 'Jobcenter',
        categoryNames: ['Sagsbehandlingstid', 'Vejledning'], outcomeName: null, mainReference: null, firstContactOn: '2026-12-04', closedOn: null, summary: 'Tekst',
      },
      'da',
    );
    expect(exportHeader('da')).toEqual(['Sagsnummer', 'Modtaget', 'Borger', 'Type', 'Enhed', 'Forhold', 'Udfald', 'Følgesag til', 'Første kontakt', 'Afsluttet', 'Resumé', 'Kanal']);
    expect(row).toEqual(['R-1', '03.12.2026', 'B', 'Klageforhold', 'Jobcenter', 'Sagsbehandlingstid; Vejledning', '', '', '04.12.2026', '', 'Tekst', 'Digital post']);
  });

  it('reads Danish headers in any order, with any case, spaces and a byte order mark', () => {
    fc.assert(
      fc.property(exportRow, fc.shuffledSubarray([...INQUIRY_FILE_COLUMNS.keys()], { minLength: INQUIRY_FILE_COLUMNS.length }), (row, order) => {
        const cells = formatExportRow(row);
        const header = order.map((i, position) => `${position === 0 ? '\uFEFF' : ''}  ${DANISH[i].toUpperCase()} `);
        const { map, problems } = parseHeader(header);
        expect(problems).toEqual([]);
        expect(parseImportRow(map, order.map((i) => cells[i]), 2)).toEqual({ ok: true, draft: { ...row, row: 2 } });
      }),
    );
  });

  it('reads Danish kind names and DD-MM-YYYY dates', () => {
    const { map } = parseHeader(['sagsnummer', 'modtaget', 'borger', 'type', 'forhold', 'første_kontakt', 'resume']);
    for (const kind of INQUIRY_KINDS) {
      const parsed = parseImportRow(map, ['S-1', '29-02-2024', 'B-1', INQUIRY_KIND_DANISH[kind].toUpperCase(), 'Notatpligt', '01-03-2024', ' Notat '], 7);
      expect(parsed).toMatchObject({ ok: true, draft: { kind, receivedOn: '2024-02-29', firstContactOn: '2024-03-01', channel: 'other', summary: ' Notat ' } });
    }
  });

  it('makes a cell with a control character or a lone surrogate a row error naming its column, whichever column', () => {
    const { map } = parseHeader(['Sagsnummer', 'Modtaget', 'Borger', 'Type', 'Forhold', 'Resumé']);
    const good = ['S-1', '2024-02-29', 'B-1', 'vejledning', 'Notatpligt', 'Et resumé\nover to linjer'];
    expect(parseImportRow(map, good, 3)).toMatchObject({ ok: true });
    good.forEach((_, position) => {
      for (const bad of ['\u0000', '\u001b', '\u0085', '\ud800']) {
        const cells = good.map((cell, i) => (i === position ? `${cell}${bad}` : cell));
        expect(parseImportRow(map, cells, 3)).toEqual({
          ok: false,
          problems: [{ row: 3, column: ['Sagsnummer', 'Modtaget', 'Borger', 'Type', 'Forhold', 'Resumé'][position], code: 'unsafe_text', params: { character: expect.stringMatching(/^(control character|lone surrogate)$/), codePoint: expect.stringMatching(/^U\+[0-9A-F]{4}$/) } }],
        });
      }
    });
  });

  it('makes every generated bad cell a row error naming its column (fuzz)', () => {
    const { map } = parseHeader(['Sagsnummer', 'Modtaget', 'Borger', 'Type', 'Forhold', 'Resumé']);
    const good = ['S-1', '2024-02-29', 'B-1', 'vejledning', 'Notatpligt', 'Et resumé'];
    const columns = ['Sagsnummer', 'Modtaget', 'Borger', 'Type', 'Forhold', 'Resumé'];
    const unsafe = fc.constantFrom('\u0000', '\u0007', '\u001f', '\u007f', '\u0090', '\ud800', '\udfff');
    const cpr = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }))
      .map(([d, m, y, n]) => [d, m, y].map((v) => String(v).padStart(2, '0')).join('') + '-' + String(n).padStart(4, '0'));
    const badCell = fc.oneof(
      fc.record({ position: fc.integer({ min: 0, max: 5 }), cell: fc.tuple(fc.string({ maxLength: 10 }), unsafe).map(([text, char]) => `${text}${char}`) }),
      fc.record({ position: fc.constantFrom(0, 2), cell: cpr }),
      fc.record({ position: fc.constant(1), cell: fc.constantFrom('1899-12-31', '9999-12-31', '2024-02-30', '0000-00-00', 'i går') }),
    );
    fc.assert(
      fc.property(badCell, ({ position, cell }) => {
        const parsed = parseImportRow(map, good.map((value, i) => (i === position ? cell : value)), 9);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.problems.map((problem) => problem.column)).toContain(columns[position]);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts only real dates in either form', () => {
    expect(parseFileDate('2024-02-29')).toBe('2024-02-29');
    expect(parseFileDate('31-12-2023')).toBe('2023-12-31');
    expect(parseFileDate('03.12.2026')).toBe('2026-12-03');
    for (const bad of ['2023-02-29', '31-04-2024', '31.04.2024', '03.12-2026', '2024-1-01', '01/02/2024', '20240101', '', '2024-00-10']) {
      expect(parseFileDate(bad)).toBeNull();
    }
  });

  it('names the row and the column as the file wrote it for every problem of a row', () => {
    const { map } = parseHeader(['Sagsnummer', 'Modtaget', 'Borger', 'Type', 'Forhold', 'Afsluttet', 'Resumé']);
    const parsed = parseImportRow(map, ['', '30-02-2024', 'B-1', 'klage', '', 'not a date', '  '], 12);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { row: 12, column: 'Modtaget', code: 'import_not_a_date', params: { value: expect.any(String) } },
        { row: 12, column: 'Type', code: 'import_not_one_of', params: { value: 'klage', allowed: expect.stringContaining('complaint/klageforhold') } },
        { row: 12, column: 'Afsluttet', code: 'import_not_a_date', params: { value: expect.any(String) } },
        { row: 12, column: 'Sagsnummer', code: 'required' },
        { row: 12, column: 'Resumé', code: 'required' },
      ],
    });
  });

  it('applies the shared inquiry rules: dates not before receipt, a complaint needs a category', () => {
    const { map } = parseHeader(exportHeader());
    const row = formatExportRow({
      reference: 'R-1', receivedOn: '2024-05-10', channel: 'phone', citizenReference: 'B', kind: 'complaint', orgUnitName: null,
      categoryNames: [], outcomeName: null, mainReference: 'R-1', firstContactOn: '2024-05-09', closedOn: '2024-05-01', summary: 'Tekst',
    });
    const parsed = parseImportRow(map, row, 3);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((p) => p.column).sort()).toEqual(['categories', 'closed', 'first_contact', 'follow_up_of']);
  });

  it('refuses unknown, repeated and missing required headers in row 1', () => {
    expect(parseHeader(['reference', 'sagsnummer', 'modtagt', 'kind']).problems).toEqual([
      { row: 1, column: 'sagsnummer', code: 'import_column_twice', params: { also: 'reference' } },
      { row: 1, column: 'modtagt', code: 'import_unknown_column', params: { expected: expect.stringContaining('reference, received') } },
      { row: 1, column: 'received', code: 'import_column_missing' },
      { row: 1, column: 'citizen', code: 'import_column_missing' },
      { row: 1, column: 'summary', code: 'import_column_missing' },
    ]);
  });

  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectCsvDelimiter('reference,received,citizen,kind')).toBe(',');
    expect(detectCsvDelimiter('sagsnummer;modtaget;borger;type')).toBe(';');
    expect(detectCsvDelimiter('"a,b,c";modtaget;borger')).toBe(';');
  });
});
