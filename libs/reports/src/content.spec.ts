import { COUNTING_RULES } from '@raadgiver/domain';
import { type Block, buildContent, chartAltText } from './content';
import { labelsFor } from './labels';
import { lejreModel, smallModel } from './test-fixtures';

const headings = (blocks: Block[]) => blocks.flatMap((block) => (block.type === 'heading' ? [`${block.level} ${block.text}`] : []));
const listItems = (blocks: Block[]) => blocks.flatMap((block) => (block.type === 'list' ? block.items : []));
const tableAfter = (blocks: Block[], heading: string) => {
  const start = blocks.findIndex((block) => block.type === 'heading' && block.text === heading);
  const table = blocks.slice(start).find((block) => block.type === 'table');
  if (table?.type !== 'table') throw new Error(`No table after ${heading}`);
  return table;
};

describe('the annual report laid out as blocks', () => {
  it('opens with a cover naming the municipality, the period and the advisor, then the contents', () => {
    const logo = { png: Buffer.from('png'), width: 200, height: 80 };
    const blocks = buildContent({ ...lejreModel(), logo, advisorName: 'Anne Holm' });
    expect(blocks.slice(0, 2)).toEqual([
      { type: 'cover', title: 'Borgerrådgiverens beretning 2019', tenantName: 'Lejre Kommune', period: 'Periode 1.1.2019–31.12.2019', advisor: 'Borgerrådgiver Anne Holm', logo },
      { type: 'contents', heading: 'Indhold' },
    ]);
    expect(buildContent(lejreModel())[0]).toMatchObject({ type: 'cover', advisor: null, logo: null });
  });

  it('leaves out a section without content rather than show an empty heading', () => {
    const model = lejreModel();
    const empty = buildContent({ ...model, sections: { foreword: ' \n\n ', themes: '', examples: '' } });
    expect(headings(empty)).not.toEqual(expect.arrayContaining(['1 Forord']));
    expect(headings(empty)).not.toEqual(expect.arrayContaining(['1 Temaer']));
    const written = buildContent({ ...model, sections: { foreword: 'Et år med mange henvendelser.', themes: '', examples: '' } });
    expect(headings(written)[0]).toBe('1 Forord');
    // Every heading has something after it before the next heading of its level or above.
    for (const blocks of [empty, written]) {
      blocks.forEach((block, i) => {
        if (block.type !== 'heading') return;
        const next = blocks[i + 1];
        expect(next === undefined || next.type !== 'heading' || next.level > block.level).toBe(true);
      });
    }
  });

  it('writes each unit\'s comparison as "130 (132)", as the rest of the report does', () => {
    const table = tableAfter(buildContent(smallModel()), labelsFor('da').perUnit);
    expect(table.header).toEqual(['Enhed', 'Antal', 'Andel']);
    for (const row of table.rows) expect(row[1]).toMatch(/^\d+ \(\d+\)$/);
  });

  it('explains the figures from the figures\' own settings and the engine\'s counting rules', () => {
    const model = lejreModel();
    const blocks = buildContent(model);
    expect(headings(blocks)).toContain('2 Sådan er tallene opgjort');
    const items = listItems(blocks).join('\n');
    const { foldThreshold, targets, complaintCategories } = model.figures;
    expect(items).toContain(`færre end ${foldThreshold} klageforhold`);
    expect(items).toContain(`i år ${complaintCategories.other.foldedEntries.current} klagetyper`);
    expect(items).toContain(`Målet er ${targets.firstContactDays} dage til første kontakt og ${targets.closeDays} dage til afslutning.`);
    expect(items).toContain(`${COUNTING_RULES.percentile} %-fraktilen`);
    expect(items).toContain('kalenderdage');
    // CUBA merged into CBAK: the unit is named with its former name.
    expect(items).toContain('Center for Borgerservice, Arbejdsmarked og Kultur, tidligere Center for Unge, Borgerservice og Arbejdsmarked');
  });

  it('names the categories and outcomes renamed during the period, with the day', () => {
    const catalogueRenames = [{ kind: 'category' as const, from: 'Sagsbehandlingstid', to: 'Lang sagsbehandlingstid og manglende svar', on: '2019-03-01' }];
    const items = listItems(buildContent({ ...lejreModel(), catalogueRenames }));
    expect(items).toContain('Klagetypen "Sagsbehandlingstid" blev omdøbt til "Lang sagsbehandlingstid og manglende svar" den 1.3.2019; tallene står under det nye navn.');
    expect(listItems(buildContent(lejreModel())).join('\n')).not.toContain('omdøbt');
  });

  it("describes each chart by every bar's label and value", () => {
    const chart = buildContent(lejreModel()).find((block) => block.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('No chart');
    const text = chartAltText(chart.chart);
    expect(text.startsWith(`${chart.chart.title}: `)).toBe(true);
    for (const row of chart.chart.rows) expect(text).toContain(`${row.label}: ${row.valueLabel}`);
  });
});
