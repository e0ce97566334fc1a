import { docxText, docxXml, pdfText } from '@raadgiver/testing';
import { renderFollowUpNoteDocx, renderFollowUpNotePdf } from './follow-up-note';
import { norddjursNote, TYPED_FOLLOW_UP } from './test-fixtures';

jest.setTimeout(60_000);

/** Where each text starts in the document, to check the order of the rows. */
const positions = (text: string, parts: string[]) => parts.map((part) => text.indexOf(part));
const ascending = (numbers: number[]) => numbers.every((n, i) => n >= 0 && (i === 0 || n > numbers[i - 1]));

describe('the follow-up note (opfølgningsnotat)', () => {
  const model = norddjursNote();
  const departments = model.rows.map((row) => row.orgUnitName);
  let pdf: Buffer;
  let docx: Buffer;

  beforeAll(async () => {
    [pdf, docx] = await Promise.all([renderFollowUpNotePdf(model), renderFollowUpNoteDocx(model)]);
  });

  it('DOCX: title, the introduction with its line breaks, and one row per department in the given order', async () => {
    const text = await docxText(docx);
    expect(text.startsWith('Opfølgningsnotat: Borgerrådgiverens beretning 2023\nNorddjurs Kommune · Periode 1.1.2023–31.12.2023')).toBe(true);
    expect(text).toContain('Beretningen bygger på henvendelserne i 2023.\nFagområderne har læst den.');
    expect(text).toContain('Tabellen viser eksempler på opfølgning og læring.');
    expect(text).toContain('Fagområde\nEksempler på opfølgning');
    expect(ascending(positions(text, ['Eksempler på opfølgning', ...departments]))).toBe(true);
    const { xml } = await docxXml(docx);
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(1 + departments.length);
  });

  it('DOCX: a department\'s text exactly as typed (Danish letters, quotes, markup, line breaks); several recommendations each under its title', async () => {
    const text = await docxText(docx);
    expect(text).toContain(TYPED_FOLLOW_UP);
    expect(text).toContain('Socialområdet\nInddrag borgeren\n' + TYPED_FOLLOW_UP + '\nTydelige sagsforløb\nEt visuelt sagsforløb udleveres ved første møde.');
    // One answer: the text alone, without its recommendation's title.
    expect(text).toContain('Børne- og Familieområdet\nMøde med borgerrådgiveren i efteråret; chef, aftaleholder og jurist deltager.');
    const { xml } = await docxXml(docx);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('DOCX: a department without answers shows "Intet svar"', async () => {
    expect(await docxText(docx)).toContain('Borgerservice\nIntet svar\nArbejdsmarkedsafdelingen');
  });

  it('PDF: the same rows in the same order, texts as typed, "Intet svar" for the silent department', async () => {
    const raw = await pdfText(pdf);
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Opfølgningsnotat: Borgerrådgiverens beretning 2023');
    expect(ascending(positions(text, ['Fagområde', ...departments]))).toBe(true);
    for (const line of TYPED_FOLLOW_UP.split('\n')) expect(text).toContain(line);
    expect(raw).toContain('Myndighed inviterer borgerrådgiveren til personalemøde.\n');
    expect(text).toContain('Borgerservice Intet svar Arbejdsmarkedsafdelingen');
    expect(ascending(positions(text, ['Inddrag borgeren', 'Myndighed inviterer', 'Tydelige sagsforløb', 'Et visuelt sagsforløb']))).toBe(true);
  });

  it('English labels with locale en; a note on a report addressed to no department says so', async () => {
    const text = await docxText(await renderFollowUpNoteDocx(model, 'en'));
    expect(text).toContain('Follow-up note: Borgerrådgiverens beretning 2023');
    expect(text).toContain('Department\nExamples of follow-up');
    expect(text).toContain('Borgerservice\nNo answer');
    const empty = await pdfText(await renderFollowUpNotePdf({ ...model, rows: [] }));
    expect(empty.replace(/\s+/g, ' ')).toContain('Beretningens anbefalinger er ikke rettet til nogen fagområder.');
  });
});
