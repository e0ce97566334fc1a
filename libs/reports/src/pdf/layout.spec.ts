import { join } from 'node:path';
import { pageFill, pdfText, type PdfReading, readPdf, structElements } from '@raadgiver/testing';
import type { Block } from '../content';
import { wordFragments } from '../hyphenate';
import { labelsFor } from '../labels';
import { reportInfo } from '../model';
import { lejreModel } from '../test-fixtures';
import { blackLogo, LONG_TABLE_ROWS, lyngbySizedModel } from './fixtures';
import { pdfOfBlocks, renderPdf } from '.';
import { PAGE } from './styles';

jest.setTimeout(60_000);

/** Where a person can look at the pages the layout test renders (tmp/ is not committed). */
const PAGE_IMAGES = join(__dirname, '../../../../tmp/test-output/report-pages');

const LONG_UNIT_NAMES = [
  'Center for Sundhed og Omsorgsområdet og Rehabiliteringsindsatserne',
  'Myndighedsafdelingen for Børnehandicapområdet og Familierådgivningen',
  'Arbejdsmarkedsafdelingens Virksomhedsservice',
];

/** The text with every line that ends in a hyphen joined to the next line: the words as typed. */
const rejoined = (text: string) => text.replace(/-\n/g, '').replace(/\s+/g, ' ');

describe('words in a narrow table column', () => {
  let text: string;

  beforeAll(async () => {
    // Four wide figure columns leave the unit names a narrow column.
    const table: Block = {
      type: 'table',
      header: ['Enhed', 'Henvendelser', 'Andel', 'Første kontakt', 'Afslutning'],
      rows: LONG_UNIT_NAMES.map((name) => [name, '1.234 (1.111)', '100,0 % (100,0 %)', '100,0 % (100,0 %)', '100,0 % (100,0 %)']),
      numeric: [false, true, true, true, true],
    };
    text = await pdfText(await pdfOfBlocks([table], reportInfo(lejreModel())));
  });

  it('breaks the long names over several lines', () => {
    expect(text).not.toContain(LONG_UNIT_NAMES[0]);
    expect(text).toMatch(/-\n/);
  });

  it('has every name whole once the hyphens at line ends are joined', () => {
    for (const name of LONG_UNIT_NAMES) expect(rejoined(text)).toContain(name);
  });

  it('breaks a word only at a Danish hyphenation point, with a hyphen', () => {
    const breaks = [...text.matchAll(/(\p{L}+)-\n(\p{L}+)/gu)];
    expect(breaks.length).toBeGreaterThan(0);
    for (const [, head, tail] of breaks) {
      const fragments = wordFragments(head + tail, 'da');
      const points = fragments.map((_, i) => fragments.slice(0, i).join('').length);
      expect({ word: head + tail, at: points.includes(head.length) ? head.length : -1 }).toEqual({ word: head + tail, at: head.length });
    }
  });
});

/** The table of contents' entries and the level 1 and 2 headings after it, each as [text, page]. */
function contentsAndHeadings(reading: PdfReading): { listed: string[][]; headings: string[][] } {
  const elements = structElements(reading);
  const lastContentsPage = Math.max(...elements.filter((e) => e.role === 'TOCI').map((e) => e.page));
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  return {
    listed: elements.filter((e) => e.role === 'TOCI').map((e) => /^(.*\S)\s+(\d+)$/s.exec(e.text.trim())?.slice(1).map(words) ?? []),
    headings: elements.filter((e) => (e.role === 'H1' || e.role === 'H2') && e.page > lastContentsPage).map((e) => [words(e.text), String(e.page)]),
  };
}

describe('the table of contents', () => {
  it('lists the page each level 1 and 2 heading of the Lejre 2019 report is on', async () => {
    const { listed, headings } = contentsAndHeadings(await readPdf(await renderPdf(lejreModel())));
    expect(listed).toEqual(headings);
    expect(headings.length).toBeGreaterThan(10);
  });

  it('keeps as many pages free as its entries take, and still lists the right pages', async () => {
    const model = lejreModel();
    model.recommendations = Array.from({ length: 70 }, (_, i) => ({ title: `Anbefaling ${i + 1}`, text: 'Svar til tiden.', orgUnitNames: [] }));
    const reading = await readPdf(await renderPdf(model));
    const { listed, headings } = contentsAndHeadings(reading);
    expect(new Set(structElements(reading).filter((e) => e.role === 'TOCI').map((e) => e.page)).size).toBeGreaterThan(1);
    expect(listed).toEqual(headings);
  });
});

describe('a report of Lyngby-Taarbæk\'s size', () => {
  const model = lyngbySizedModel();
  let reading: PdfReading;

  beforeAll(async () => {
    reading = await readPdf(await renderPdf(model), { imageDir: PAGE_IMAGES });
  });

  it('repeats the header row of a table longer than a page at the top of each page it continues on', () => {
    const header = labelsFor('da');
    const headerRow = [header.recommendation, header.addressedTo, header.status, header.followUp].join(' ');
    const pages = reading.pages.filter((page) => /Anbefaling\s+nr\.\s+\d+/.test(page.text));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((page) => page.text.match(/Anbefaling\s+nr\.\s+\d+/g)?.length ?? 0).reduce((a, b) => a + b)).toBe(LONG_TABLE_ROWS);
    for (const page of pages.slice(1)) expect(page.text.replace(/\s+/g, ' ').trim().startsWith(headerRow)).toBe(true);
    // Each row fits on a page, so none is split: every row's follow-up is on its title's page.
    for (const page of pages) expect(page.text.match(/sagsbehandlerne\./g)?.length).toBe(page.text.match(/Anbefaling\s+nr\./g)?.length);
  });

  it('ends no page with a heading: a heading is kept with what follows it', () => {
    const lastTags = reading.pages.map((page) => page.sequences.filter((s) => s.tag !== 'Artifact').at(-1)?.tag);
    expect(lastTags.filter((tag) => tag !== undefined && /^H\d$/.test(tag))).toEqual([]);
    expect(lastTags.length).toBeGreaterThan(10);
  });

  it('fills every page at least a third, but the cover, the contents and the last page of a chapter', () => {
    const fill = pageFill(reading, PAGE.margin);
    expect(fill.length).toBeGreaterThan(3);
    expect(fill.filter(({ filled }) => filled < 1 / 3)).toEqual([]);
  });
});

describe('a table row taller than a page', () => {
  it('is split line by line over the pages it takes, under the repeated header, losing no line', async () => {
    const lines = Array.from({ length: 150 }, (_, i) => `Linje ${i + 1}`);
    const table: Block = { type: 'table', header: ['Fagområde', 'Opfølgning'], rows: [['Socialområdet', lines.join('\n')]], numeric: [false, false] };
    const reading = await readPdf(await pdfOfBlocks([table], reportInfo(lejreModel())));
    expect(reading.pages.length).toBeGreaterThan(1);
    expect(reading.pages.flatMap((page) => page.text.match(/Linje \d+/g) ?? [])).toEqual(lines);
    for (const page of reading.pages.slice(1)) expect(page.text.startsWith('Fagområde Opfølgning')).toBe(true);
  });
});

describe('the cover', () => {
  it('shows the municipality\'s logo 60 pt high, as a Figure named after the municipality', async () => {
    const model = { ...lejreModel(), logo: blackLogo(200, 100) };
    const reading = await readPdf(await renderPdf(model), { imageDir: join(PAGE_IMAGES, 'logo') });
    const cover = reading.pages[0];
    expect(structElements(reading).find((e) => e.role === 'Figure' && e.page === 1)?.alt).toBe(model.tenantName);
    expect(cover.painted.filter((p) => p.op === 'paintImageXObject').map((p) => p.marks.at(-1)?.tag)).toEqual(['Figure']);
    // The logo is the only ink above the title; 200 × 100 px scaled to 60 pt high is 120 pt wide, within the 220 pt it may take.
    const logoRows = (cover.inkedRows ?? []).filter((row) => row < cover.height * 0.3);
    const drawnHeight = Math.max(...logoRows) - Math.min(...logoRows) + 1;
    expect(drawnHeight).toBeGreaterThanOrEqual(59);
    expect(drawnHeight).toBeLessThanOrEqual(61);
  });
});
