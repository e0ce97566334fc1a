import { columnWidths, type MeasureText } from './column-widths';
import { hyphenate, SOFT_HYPHEN, wordFragments } from './hyphenate';

/** Every character 1 wide, a bold one 1.5. */
const measure: MeasureText = (text, bold) => text.length * (bold ? 1.5 : 1);
const column = (...texts: string[]) => ({ texts: texts.map((text, i) => ({ text, bold: i === 0 })) });

describe('hyphenation', () => {
  it('marks the Danish hyphenation points with soft hyphens and leaves short words whole', () => {
    expect(hyphenate('Sundhed og Omsorgsområdet', 'da')).toBe(`Sund${SOFT_HYPHEN}hed og Om${SOFT_HYPHEN}sorgs${SOFT_HYPHEN}om${SOFT_HYPHEN}rå${SOFT_HYPHEN}det`);
    expect(wordFragments('Sammenligning', 'da')).toEqual(['Sam', 'men', 'lig', 'ning']);
    expect(wordFragments('borger', 'da')).toEqual(['bor', 'ger']);
    expect(wordFragments('og', 'da')).toEqual(['og']);
  });
});

describe('column widths from the content', () => {
  it('gives each column its text on one line when the table has room, sharing the rest by width', () => {
    const widths = columnWidths([column('Enhed', 'Social'), column('Antal', '130 (132)')], 40, measure, 'da');
    expect(widths[0] + widths[1]).toBeCloseTo(40);
    // 7.5 and 9 wide on one line (the header is bold): the rest shared in that proportion.
    expect(widths[0] / widths[1]).toBeCloseTo(7.5 / 9);
  });

  it('never makes a column narrower than its longest word piece, so words break only at hyphenation points', () => {
    const unit = 'Center for Sundhed og Omsorgsområdet';
    const widths = columnWidths([column('Enhed', unit), column('Antal', '130 (132)'), column('Andel', '78,6 % (70,7 %)')], 30, measure, 'da', 1);
    // "sorgs-" is the longest piece of the unit's column (6), plus the padding on both sides.
    expect(widths[0]).toBeGreaterThanOrEqual(8);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(30);
    // The number columns keep their pieces whole: "(132)" and "(70,7".
    expect(widths[1]).toBeGreaterThanOrEqual('(132)'.length + 2);
  });

  it('keeps a figure that must not be broken on one line', () => {
    const figures = { texts: [{ text: 'Andel', bold: true }, { text: '78,6 % (70,7 %)', bold: false, nowrap: true }] };
    const widths = columnWidths([column('Enhed', 'Center for Sundhed og Omsorgsområdet'), figures], 30, measure, 'da');
    expect(widths[1]).toBeGreaterThanOrEqual('78,6 % (70,7 %)'.length);
  });

  it('shares the room by the narrowest widths when even those do not fit', () => {
    const widths = columnWidths([column('a', 'xxxxxxxxxx'), column('b', 'yyyyyyyyyy')], 10, measure, 'en');
    expect(widths).toEqual([5, 5]);
  });
});
