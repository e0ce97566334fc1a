import { parseHeader, parseImportRow } from './inquiry-columns';
import { presentImportProblem } from './import-problems';

const HEADER = ['Sagsnummer', 'Modtaget', 'Borger', 'Type', 'Forhold', 'Afsluttet', 'Resumé'];

describe('presentImportProblem', () => {
  const { map } = parseHeader(HEADER);
  const bad = parseImportRow(map, ['', '2024-02-30', 'B-1', 'klage', 'Aktindsigt', '2024-01-01', ''], 7);
  if (bad.ok) throw new Error('the row is bad');

  it('gives every problem of a bad row in Danish, naming the column as the file wrote it', () => {
    expect(bad.problems.map((problem) => presentImportProblem(problem, 'da'))).toEqual([
      { row: 7, column: 'Modtaget', reason: '"2024-02-30" i Modtaget er ikke en rigtig dato som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ' },
      { row: 7, column: 'Type', reason: expect.stringMatching(/^"klage" i Type er ikke en af complaint\/klageforhold, /) },
      { row: 7, column: 'Sagsnummer', reason: 'Sagsnummer skal udfyldes' },
      { row: 7, column: 'Resumé', reason: 'Resumé skal udfyldes' },
    ]);
  });

  it('gives them in English when the reader chose English', () => {
    expect(bad.problems.map((problem) => presentImportProblem(problem, 'en').reason)).toEqual([
      '"2024-02-30" in Modtaget is not a real date as YYYY-MM-DD or DD-MM-YYYY',
      expect.stringMatching(/^"klage" in Type is not one of complaint\/klageforhold, /),
      'Sagsnummer is required',
      'Resumé is required',
    ]);
  });

  it('names a missing column and the file as a whole by their Danish names', () => {
    const header = parseHeader(['Sagsnummer', 'Borger', 'Type', 'Sagsnummer']);
    expect(header.problems.map((problem) => presentImportProblem(problem, 'da'))).toEqual([
      { row: 1, column: 'Sagsnummer', reason: 'Kolonnen står to gange (også som "Sagsnummer")' },
      { row: 1, column: 'Modtaget', reason: 'Den påkrævede kolonne Modtaget mangler' },
      { row: 1, column: 'Resumé', reason: 'Den påkrævede kolonne Resumé mangler' },
    ]);
    expect(presentImportProblem({ row: 1, column: 'file', code: 'file_empty' }, 'da')).toEqual({ row: 1, column: 'Filen', reason: 'Filen er tom' });
  });

  it('shows the other field of a date rule by its label', () => {
    const early = parseImportRow(map, ['S-1', '2024-02-10', 'B-1', 'vejledning', '', '2024-02-01', 'Tekst'], 3);
    if (early.ok) throw new Error('the row is bad');
    expect(early.problems.map((problem) => presentImportProblem(problem, 'da').reason)).toEqual(['Afsluttet må ikke ligge før modtaget (10. februar 2024)']);
  });

  it('shows a problem stored before problems had codes as it was stored', () => {
    expect(presentImportProblem({ row: 2, column: 'kind', reason: 'required column is missing' }, 'da')).toEqual({ row: 2, column: 'kind', reason: 'required column is missing' });
  });
});
