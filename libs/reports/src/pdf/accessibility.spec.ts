import { pdfFonts, type PdfReading, reachedMcids, readPdf, structElementDictionaries, structElements } from '@raadgiver/testing';
import { buildContent, chartAltText } from '../content';
import { renderFollowUpNotePdf } from '../follow-up-note';
import { labelsFor } from '../labels';
import { lejreModel, norddjursNote, smallModel } from '../test-fixtures';
import { renderPdf } from '.';

jest.setTimeout(60_000);

const HEADING = /^H([1-6])$/;

/** The operators that paint outside both tagged content the structure tree reaches and artifacts, per page. */
function untaggedPainting(reading: PdfReading): string[] {
  return reading.pages.flatMap((page) => {
    const reached = reachedMcids(page);
    return page.painted
      .filter(({ marks }) => !marks.some((mark) => mark.tag === 'Artifact' || (mark.mcid !== null && reached.has(mark.mcid))))
      .map(({ op, marks }) => `page ${page.number}: ${op} in ${JSON.stringify(marks)}`);
  });
}

describe.each([
  { name: 'the Lejre 2019 report', title: lejreModel().title, render: () => renderPdf(lejreModel()) },
  { name: 'the follow-up note', title: 'Opfølgningsnotat: Borgerrådgiverens beretning 2023', render: () => renderFollowUpNotePdf(norddjursNote()) },
])('$name as an accessible PDF (PDF/UA)', ({ title, render }) => {
  let pdf: Buffer;
  let reading: PdfReading;

  beforeAll(async () => {
    pdf = await render();
    reading = await readPdf(pdf);
  });

  it('is tagged, in Danish, shows its title, and says in its XMP metadata that it is PDF/UA-1', () => {
    expect(reading.markInfo?.Marked).toBe(true);
    expect(reading.language).toBe('da-DK');
    expect(reading.viewerPreferences?.DisplayDocTitle).toBe(true);
    expect(reading.metadata?.['pdfuaid:part']).toBe('1');
    expect(reading.metadata?.['dc:title']).toBe(title);
  });

  it('has a structure tree under a Document element on every page', () => {
    for (const page of reading.pages) expect(page.structTree?.children?.map((child) => 'role' in child && child.role)).toEqual(['Document']);
  });

  it('embeds every font with a map to Unicode', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toEqual({ name: expect.stringMatching(/^[A-Z]{6}\+DejaVuSans/), subtype: 'Type0', embedded: true, toUnicode: true });
  });

  it('paints nothing outside tagged content reached from the structure tree or an artifact', () => {
    expect(reading.pages.flatMap((page) => page.painted).length).toBeGreaterThan(20);
    expect(untaggedPainting(reading)).toEqual([]);
  });

  it('has headings in order: an H1 first, and no level skipped', () => {
    const levels = structElements(reading).flatMap((element) => HEADING.exec(element.role)?.[1] ?? []).map(Number);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
  });

  it('scopes every table header cell to its column', () => {
    const headerCells = structElementDictionaries(pdf, 'TH');
    expect(headerCells.length).toBeGreaterThan(0);
    for (const cell of headerCells) expect(cell).toMatch(/\/A\s*<<[^>]*\/O\s*\/Table[^>]*\/Scope\s*\/Column/);
  });

  it('draws the page numbers and running header as artifacts, not as content', () => {
    const pages = reading.pages.length;
    const content = structElements(reading).map((element) => element.text).join('\n');
    for (const page of reading.pages.filter((p) => p.artifactText.includes('Side'))) {
      expect(page.artifactText).toContain(labelsFor('da').pageOf(page.number, pages));
      expect(content).not.toContain(labelsFor('da').pageOf(page.number, pages));
    }
    expect(reading.pages.at(-1)?.artifactText).toContain(labelsFor('da').pageOf(pages, pages));
  });

  it('gives the same bytes for the same content', async () => {
    expect((await render()).equals(pdf)).toBe(true);
  });
});

describe('the annual report\'s accessible parts', () => {
  const model = lejreModel();
  let reading: PdfReading;

  beforeAll(async () => {
    reading = await readPdf(await renderPdf(model));
  });

  it('tags lists as L, LI, Lbl and LBody', () => {
    const roles = structElements(reading).map((element) => element.role);
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'P']) expect(roles).toContain(role);
  });

  it('gives each chart one Figure whose alternative text names every bar with its value', () => {
    const figures = structElements(reading).filter((element) => element.role === 'Figure');
    const charts = buildContent(model).flatMap((block) => (block.type === 'chart' ? [block.chart] : []));
    expect(figures.map((figure) => figure.alt)).toEqual(charts.map(chartAltText));
    for (const [i, chart] of charts.entries()) for (const row of chart.rows) expect(figures[i].alt).toContain(`${row.label}: ${row.valueLabel}`);
  });

  it('has a bookmark for every chapter, the sections under their chapter', () => {
    const titles = (reading.outline ?? []).map((item) => item.title);
    expect(titles).toEqual(['Indhold', 'Forord', 'Talmateriale', 'Temaer', 'Eksempler', 'Anbefalinger', 'Opfølgning på tidligere anbefalinger']);
    expect(reading.outline?.find((item) => item.title === 'Talmateriale')?.items.map((item) => item.title)).toContain('Svartider');
  });

  it('leaves out the foreword\'s heading when there is no foreword, in the text and in the structure', async () => {
    const empty = await readPdf(await renderPdf({ ...model, sections: { ...model.sections, foreword: '' } }));
    expect(empty.pages.map((page) => page.text).join('')).not.toContain('Forord');
    expect(structElements(empty).filter((element) => element.text.includes('Forord'))).toEqual([]);
    expect(structElements(reading).filter((element) => element.role === 'H1' && element.text.trim() === 'Forord')).toHaveLength(1);
  });

  it('is in British English with locale en, and keeps a title with markup characters intact in its metadata', async () => {
    const english = smallModel('en');
    const read = await readPdf(await renderPdf(english));
    expect(read.language).toBe('en-GB');
    expect(read.metadata?.['dc:title']).toBe(english.title);
    expect(read.pages[1].artifactText).toContain(labelsFor('en').pageOf(2, read.pages.length));
  });
});
