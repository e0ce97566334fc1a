import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { docxText, ooxmlPackageProblems } from '@raadgiver/testing';
import { buildContent } from './content';
import { renderDocx } from './docx';
import { renderFollowUpNoteDocx } from './follow-up-note';
import type { ReportDocumentModel } from './model';
import { lejreModel, norddjursNote } from './test-fixtures';

jest.setTimeout(60_000);

/** The package's XML parts by name. */
async function xmlParts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  return new Map(await Promise.all(names.map(async (name) => [name, await zip.files[name].async('string')] as const)));
}

const all = (xml: string, pattern: RegExp): RegExpMatchArray[] => [...xml.matchAll(new RegExp(pattern, 'g'))];
const decode = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

/**
 * mammoth's default style map knows Word's headings, lists and Normal; these are the document's other styles (the
 * cover's title and the table of contents), mapped so that mammoth has nothing to warn about.
 */
const STYLE_MAP = ["p[style-name='Title'] => p.title:fresh", "p[style-name='TOC Heading'] => p.contents:fresh", ...[1, 2, 3].map((level) => `p[style-name='toc ${level}'] => p.contents-${level}:fresh`)];

/** The paragraph style's definition in styles.xml. */
const styleOf = (styles: string, id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? '';

/** The run languages used in a part. */
const languages = (xml: string) => new Set(all(xml, /<w:lang w:val="([^"]+)"\/>/).map((m) => m[1]));

describe('DOCX of the Lejre 2019 report', () => {
  const model = lejreModel();
  let docx: Buffer;
  let parts: Map<string, string>;
  let document: string;

  beforeAll(async () => {
    docx = await renderDocx(model);
    parts = await xmlParts(docx);
    document = parts.get('word/document.xml') ?? '';
  });

  it('is a valid package: well-formed parts, content types, every relationship pointing at a part', async () => {
    expect(await ooxmlPackageProblems(docx)).toEqual([]);
  });

  it('is in Danish: the style defaults and every run carry da-DK; Word hyphenates it', () => {
    expect(parts.get('word/styles.xml')).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="da-DK"\/>.*<\/w:rPr><\/w:rPrDefault>/);
    expect([...languages(document)]).toEqual(['da-DK']);
    const textRuns = all(document, /<w:r>(?:(?!<\/w:r>).)*<w:t[ >](?:(?!<\/w:r>).)*<\/w:r>/);
    // The runs Word fills the contents with carry no language of their own, and take the defaults' as Word's do.
    const ownRuns = textRuns.filter((run) => !run[0].includes('w:anchor') && run[0].includes('<w:rPr>'));
    expect(ownRuns.length).toBeGreaterThan(100);
    for (const run of ownRuns) expect(run[0]).toContain('<w:lang w:val="da-DK"/>');
    expect(parts.get('word/settings.xml')).toContain('<w:autoHyphenation/>');
    expect(document).not.toContain('\u00ad');
  });

  it('says its title and creator in the core properties', () => {
    const core = parts.get('docProps/core.xml');
    expect(core).toContain('<dc:title>Borgerrådgiverens beretning 2019</dc:title>');
    expect(core).toContain('<dc:creator>Lejre Kommune</dc:creator>');
  });

  it('has Word\'s built-in heading styles with outline levels 0–2, and the headings use them', () => {
    const styles = parts.get('word/styles.xml') ?? '';
    for (const level of [1, 2, 3]) {
      const style = styleOf(styles, `Heading${level}`);
      expect(style).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain('<w:keepNext/>');
    }
    expect(styleOf(styles, 'TOCHeading')).toContain('<w:outlineLvl w:val="9"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('has a table of contents of headings 1–3 that Word updates on opening', () => {
    expect(document).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(document).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(parts.get('word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('has no header or footer on the cover, then the running header and "Side X af Y" on every page', () => {
    const sections = all(document, /<w:sectPr>.*?<\/w:sectPr>/).map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toMatch(/headerReference|footerReference/);
    expect(sections[1]).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/);
    expect(sections[1]).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers).toHaveLength(1);
    expect(headers[0]).toContain('Lejre Kommune · Borgerrådgiverens beretning 2019');
    expect(footers).toHaveLength(1);
    const fields = all(footers[0], /<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:instrText xml:space="preserve">([^<]*)<\/w:instrText>/).map((m) => m[1] ?? `{${m[2]}}`);
    expect(fields.join('')).toBe('Side {PAGE} af {NUMPAGES}');
  });

  it('repeats each table\'s header row on every page and keeps short rows whole; columns follow the content', () => {
    const tables = all(document, /<w:tbl>.*?<\/w:tbl>/).map((m) => m[0]);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      const rows = all(table, /<w:tr>.*?<\/w:tr>/).map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).filter((row) => row.includes('<w:tblHeader/>'))).toEqual([]);
      expect(rows.filter((row) => row.includes('<w:cantSplit/>')).length).toBeGreaterThan(0);
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    }
    // The unit table: the names take the room, the figures what they need.
    const units = tables.find((table) => table.includes('Center for Sundhed &amp; Omsorg'));
    const grid = all(units ?? '', /<w:gridCol w:w="(\d+)"\/>/).map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid[0]).toBeGreaterThan(2 * Math.max(grid[1], grid[2]));
  });

  it('gives every image alternative text: each chart its title and every bar\'s label and value', () => {
    const charts = buildContent(model).flatMap((block) => (block.type === 'chart' ? [block.chart] : []));
    const descriptions = all(document, /<wp:docPr [^>]*descr="([^"]*)"/).map((m) => decode(m[1]));
    expect(all(document, /<wp:docPr /)).toHaveLength(descriptions.length);
    expect(descriptions).toHaveLength(charts.length);
    charts.forEach((chart, i) => {
      expect(descriptions[i].startsWith(chart.title)).toBe(true);
      for (const row of chart.rows) expect(descriptions[i]).toContain(`${row.label}: ${row.valueLabel}`);
    });
    expect(descriptions[0]).toContain('Vejledningspligt: 61 (50)');
    expect(descriptions[0]).toContain('Øvrige (15 i 3 typer): 15 (12)');
  });

  it('converts with mammoth without warnings, with the headings as h1 and h2 in the report\'s order', async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: docx }, { styleMap: STYLE_MAP });
    expect(messages).toEqual([]);
    const headings = all(html, /<h([1-6])>(.*?)<\/h\1>/).map((m) => `h${m[1]} ${decode(m[2])}`);
    const expected = buildContent(model).flatMap((block) => (block.type === 'heading' ? [`h${block.level} ${block.text}`] : []));
    expect(headings).toEqual(expected);
    expect(headings.slice(0, 3)).toEqual(['h1 Forord', 'h1 Talmateriale', 'h2 Henvendelser fordelt på type']);
    expect(html).toContain('<p class="title">Borgerrådgiverens beretning 2019</p>');
    expect(html).toMatch(/<table><thead><tr><th><p><strong>Type<\/strong><\/p><\/th>/);
    expect(html).toContain('<ul><li>Vejledning: 16 (25), svarende til 8 % (14 %)</li>');
  });
});

describe('DOCX cover and sections', () => {
  const logoModel = (): ReportDocumentModel => {
    const png = Buffer.from(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#003366"/></svg>').render().asPng());
    return { ...lejreModel(), logo: { png, width: 300, height: 100 }, advisorName: 'Anne Borg' };
  };

  it('shows the logo with alternative text, or the municipality\'s name as a text mark, then title, period and advisor', async () => {
    const withLogo = (await xmlParts(await renderDocx(logoModel()))).get('word/document.xml') ?? '';
    // The cover section ends with the paragraph that carries its section properties.
    const cover = withLogo.slice(0, withLogo.indexOf('</w:p>', withLogo.indexOf('</w:sectPr>')));
    expect(cover).toMatch(/<wp:docPr [^>]*descr="Lejre Kommune logo"/);
    expect(cover).toMatch(/<wp:extent cx="\d+" cy="\d+"\/>/);
    expect(cover).toContain('<w:pStyle w:val="Title"/>');
    expect(cover).toContain('Periode 1.1.2019–31.12.2019');
    expect(cover).toContain('Borgerrådgiver Anne Borg');
    expect(cover).not.toContain('>Lejre Kommune<');

    const text = await docxText(await renderDocx(lejreModel()));
    expect(text.startsWith('Lejre Kommune\nBorgerrådgiverens beretning 2019\nPeriode 1.1.2019–31.12.2019\nIndhold')).toBe(true);
  });

  it('leaves out the foreword\'s heading when there is no foreword, in the body and in the contents', async () => {
    const model = { ...lejreModel(), sections: { ...lejreModel().sections, foreword: ' \n\n ' } };
    const docx = await renderDocx(model);
    expect(await docxText(docx)).not.toContain('Forord');
    const { value: html } = await mammoth.convertToHtml({ buffer: docx }, { styleMap: STYLE_MAP });
    expect(all(html, /<h1>(.*?)<\/h1>/).map((m) => decode(m[1]))[0]).toBe('Talmateriale');
  });

  it('is in English with locale en: en-GB and "Page X of Y"', async () => {
    const parts = await xmlParts(await renderDocx(lejreModel('en')));
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect([...languages(parts.get('word/document.xml') ?? '')]).toEqual(['en-GB']);
    expect(parts.get('word/footer1.xml')).toMatch(/>Page <\/w:t>.*PAGE.*> of <\/w:t>.*NUMPAGES/);
  });
});

describe('DOCX of the follow-up note', () => {
  let docx: Buffer;
  let parts: Map<string, string>;

  beforeAll(async () => {
    docx = await renderFollowUpNoteDocx(norddjursNote());
    parts = await xmlParts(docx);
  });

  it('is a valid package in Danish, with the running header and "Side X af Y" from the first page', async () => {
    expect(await ooxmlPackageProblems(docx)).toEqual([]);
    const document = parts.get('word/document.xml') ?? '';
    expect([...languages(document)]).toEqual(['da-DK']);
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="da-DK"/>');
    const sections = all(document, /<w:sectPr>.*?<\/w:sectPr>/).map((m) => m[0]);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/<w:headerReference w:type="default"/);
    expect(sections[0]).not.toContain('<w:titlePg/>');
    expect(parts.get('word/header1.xml')).toContain('Norddjurs Kommune · Opfølgningsnotat: Borgerrådgiverens beretning 2023');
    expect(parts.get('word/footer1.xml')).toMatch(/>Side <\/w:t>.*>PAGE<.*> af <\/w:t>.*>NUMPAGES</);
    expect(document).not.toContain('TOC \\h');
  });

  it('repeats the table\'s header row on every page', () => {
    const rows = all(parts.get('word/document.xml') ?? '', /<w:tr>.*?<\/w:tr>/).map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('Eksempler på opfølgning');
    expect(rows.filter((row) => row.includes('<w:tblHeader/>'))).toHaveLength(1);
  });

  it('converts with mammoth without warnings: the title, the introduction and the table with its header', async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: docx }, { styleMap: STYLE_MAP });
    expect(messages).toEqual([]);
    expect(html.startsWith('<p class="title">Opfølgningsnotat: Borgerrådgiverens beretning 2023</p>')).toBe(true);
    expect(html).toContain('<thead><tr><th><p><strong>Fagområde</strong></p></th><th><p><strong>Eksempler på opfølgning</strong></p></th></tr></thead>');
    expect(html).toContain('&lt;script&gt;');
  });
});
