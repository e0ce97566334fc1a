import {
  cellText,
  commentsOf,
  countText,
  downloadPath,
  figureKey,
  figuresByGroup,
  formatValue,
  hasNationalTrend,
  rankedRows,
  trendLookup,
  trendText,
  unitsInTreeOrder,
  yearFromQuery,
  type BenchmarkView,
  type FigureView,
  type TrendsView,
  positionOf,
  rollingText,
  defaultYear,
  formatDate,
  isProvisional,
  provisionalAsOf,
  funnelOutside,
  sparklineValues,
} from './benchmark-view';

const tenants: BenchmarkView['tenants'] = [
  { id: 'lejre', name: 'Lejre Kommune', peerGroup: 'opland', own: false, comment: null },
  { id: 'lyngby', name: 'Lyngby-Taarbæk Kommune', peerGroup: 'hovedstad', own: false, comment: 'Ny registreringspraksis fra marts.' },
  { id: 'norddjurs', name: 'Norddjurs Kommune', peerGroup: 'land', own: true, comment: 'Vi har fået en ny rådgiver.' },
  { id: 'aarhus', name: 'Aarhus Kommune', peerGroup: 'storby', own: false, comment: null },
];

const value = (tenantId: string, cell: Partial<FigureView['values'][number]> = {}): FigureView['values'][number] => ({
  tenantId,
  own: false,
  value: null,
  count: null,
  suppressed: false,
  rank: null,
  rolling: null,
  comparability: [],
  ...cell,
});

const figure: FigureView = {
  metric: 'category_share',
  code: 'note_duty',
  nameDa: 'Andel af klagerne (%): Notatpligt',
  nameEn: 'Share of complaints (%): Duty to take notes',
  national: { lowerQuartile: 4.1, median: 8.2, upperQuartile: 13.2, tenantCount: 5 },
  peerGroups: [{ peerGroup: 'opland', statistic: { median: 9.5 } }],
  values: [
    value('lyngby', { value: 8.2, count: 12, rank: 2, comparability: ['units_changed', 'partial_year'] }),
    value('norddjurs', { own: true, value: 2.9, count: 3, suppressed: true }),
    value('lejre', { value: 13.2, count: 20, rank: 1 }),
    value('aarhus', { suppressed: true }),
  ],
  nationalTrend: [
    { year: 2023, median: null },
    { year: 2024, median: 8.2 },
  ],
};

const trends: TrendsView = {
  year: 2024,
  figures: [
    {
      metric: 'category_share',
      code: 'note_duty',
      funnels: [],
      values: [
        {
          tenantId: 'lejre',
          trend: [
            { year: 2023, value: 9.8, suppressed: false },
            { year: 2024, value: 13.2, suppressed: false },
          ],
        },
      ],
    },
  ],
};

describe('benchmark cells', () => {
  it('shows ".." for a suppressed cell of another municipality, the own municipality its value, "–" for no value', () => {
    expect(cellText({ value: null, suppressed: true, own: false }, 'da')).toBe('..');
    expect(cellText({ value: 2.9, suppressed: true, own: true }, 'da')).toBe('2,9');
    expect(cellText({ value: null, suppressed: false, own: false }, 'da')).toBe('–');
    expect(cellText({ value: 46.25, suppressed: false, own: false }, 'en')).toBe('46.3');
    expect(countText({ count: 1234, suppressed: false, own: false }, 'da')).toBe('1.234');
    expect(countText({ count: null, suppressed: true, own: false }, 'en')).toBe('..');
    expect(countText({ count: 3, suppressed: true, own: true }, 'en')).toBe('3');
  });

  it('writes values with at most one decimal in the language of the page', () => {
    expect(formatValue(7, 'da')).toBe('7');
    expect(formatValue(61.8, 'da')).toBe('61,8');
    expect(formatValue(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('ranked rows', () => {
  const rows = rankedRows(figure, tenants, trendLookup(trends, 2024), 'da');

  it('puts ranked municipalities first by rank, then the own unranked value, then ".."', () => {
    expect(rows.map((row) => [row.name, row.text, row.rank])).toEqual([
      ['Lejre Kommune', '13,2', 1],
      ['Lyngby-Taarbæk Kommune', '8,2', 2],
      ['Norddjurs Kommune', '2,9', null],
      ['Aarhus Kommune', '..', null],
    ]);
  });

  it('draws no bar for ".." and keeps the own suppressed value', () => {
    expect(rows.map((row) => row.value)).toEqual([13.2, 8.2, 2.9, null]);
    expect(rows[2]).toMatchObject({ own: true, suppressed: true, count: '3' });
  });

  it("keeps each municipality's reasons why its year is not fully comparable, none for the others", () => {
    expect(rows.map((row) => row.comparability)).toEqual([[], ['units_changed', 'partial_year'], [], []]);
  });

  it('gives each municipality its peer group median when the group has one', () => {
    expect(rows.map((row) => row.peerMedian)).toEqual([9.5, null, null, null]);
  });

  it('takes the trend from the separately loaded trends, and none from another year', () => {
    expect(rows[0].trend.map((point) => point.year)).toEqual([2023, 2024]);
    expect(rows[1].trend).toEqual([]);
    expect(trendLookup(trends, 2023).size).toBe(0);
    expect(trendLookup(undefined, 2024).size).toBe(0);
  });

  it('writes the three-year figure as the cell is written, ".." when a year of it is hidden', () => {
    const rolling = { fromYear: 2022, toYear: 2024, value: 35.4, count: 21, suppressed: false };
    expect(rollingText({ own: false, rolling }, 'da')).toBe('35,4');
    expect(rollingText({ own: false, rolling: { ...rolling, value: null, count: null, suppressed: true } }, 'da')).toBe('..');
    expect(rollingText({ own: true, rolling: { ...rolling, suppressed: true } }, 'da')).toBe('35,4');
    expect(rollingText({ own: false, rolling: null }, 'da')).toBe('–');
  });

  it('says where a value lies in words with a direction, not as a rank', () => {
    expect(rows.map((row) => [row.name, row.position])).toEqual([
      ['Lejre Kommune', 'over landsmedianen'],
      ['Lyngby-Taarbæk Kommune', 'på landsmedianen'],
      ['Norddjurs Kommune', 'blandt de 25 % med lavest andel af klagerne'],
      ['Aarhus Kommune', '–'],
    ]);
    expect(positionOf({ metric: 'median_days_to_close', national: figure.national }, 20, 'en')).toBe('among the 25 % with the longest time to close');
    expect(positionOf({ metric: 'median_days_to_close', national: null }, 20, 'da')).toBe('–');
  });
});

describe('trends', () => {
  it('lists the years, with ".." for years the public may not see', () => {
    const points = [
      { year: 2023, value: null, suppressed: true },
      { year: 2024, value: 46.2, suppressed: false },
    ];
    expect(trendText(points, false, 'da')).toBe('2023: .. · 2024: 46,2');
    expect(trendText([{ year: 2023, value: 3.1, suppressed: true }], true, 'en')).toBe('2023: 3.1');
  });

  it('shows the national trend only with a median in more than one year', () => {
    expect(hasNationalTrend(figure.nationalTrend)).toBe(false);
    expect(hasNationalTrend([{ year: 2023, median: 7 }, { year: 2024, median: 8.2 }])).toBe(true);
  });
});

describe('the year a page opens on', () => {
  const today = new Date(2026, 11, 6);
  it('dates a provisional year by when its figures were published, today when unknown, and an ended year not at all', () => {
    const today = new Date('2026-12-06T12:00:00Z');
    expect(provisionalAsOf(2026, '2026-12-03T08:15:00.000Z', today)).toEqual(new Date('2026-12-03T08:15:00.000Z'));
    expect(provisionalAsOf(2026, null, today)).toBe(today);
    expect(provisionalAsOf(2025, '2026-12-03T08:15:00.000Z', today)).toBeNull();
    expect(formatDate(provisionalAsOf(2026, '2026-12-03T08:15:00.000Z', today) as Date, 'da')).toBe('3. december 2026');
  });

  it('is the newest year that is over, the current one being provisional', () => {
    expect(defaultYear([2024, 2025, 2026], today)).toBe(2025);
    expect(defaultYear([2026], today)).toBe(2026);
    expect(defaultYear([], today)).toBeNull();
    expect(isProvisional(2026, today)).toBe(true);
    expect(isProvisional(2025, today)).toBe(false);
  });
});

describe('sparklines and funnels', () => {
  it('draws no point for a year the public sees as ".."', () => {
    const trend = [{ year: 2023, value: null, suppressed: true }, { year: 2024, value: 4, suppressed: false }];
    expect(sparklineValues(trend, false)).toEqual([{ year: 2023, value: null }, { year: 2024, value: 4 }]);
  });

  it('names the municipalities outside the 95 % limits, above and below', () => {
    const point = (tenantId: string, position: TrendsView['figures'][number]['funnels'][number]['points'][number]['position']) => ({ tenantId, value: 1, count: 10, exposure: 100, position });
    const funnel = {
      kind: 'registrations_per_10000' as const, target: 1, tenantCount: 4, overdispersionAdjusted: false, curve: [],
      points: [point('lejre', 'above_998'), point('lyngby', 'within'), point('norddjurs', 'below_95'), point('aarhus', 'above_95')],
    };
    // In Danish order "Aa" is "Å", after "L".
    expect(funnelOutside(funnel, tenants, 'da')).toEqual({ above: ['Lejre Kommune', 'Aarhus Kommune'], below: ['Norddjurs Kommune'] });
  });
});

describe('page structure', () => {
  it('groups the figures into key figures, categories, outcomes and department areas', () => {
    const whole = { ...figure, metric: 'registrations_per_10000' as const, code: null };
    const area = { ...figure, metric: 'inquiries_per_1000_decided' as const, code: 'employment' };
    const groups = figuresByGroup([whole, figure, area]);
    expect(groups.overall).toEqual([whole]);
    expect(groups.categories).toEqual([figure]);
    expect(groups.outcomes).toEqual([]);
    expect(groups.areas).toEqual([area]);
    expect(figureKey(whole)).toBe('registrations_per_10000');
    expect(figureKey(figure)).toBe('category_share:note_duty');
  });

  it('reads the year from the route and ignores anything else', () => {
    expect(yearFromQuery('year=2023')).toBe(2023);
    expect(yearFromQuery('year=abc')).toBeNull();
    expect(yearFromQuery('year=20231')).toBeNull();
    expect(yearFromQuery('')).toBeNull();
  });

  it('names the download of a year', () => {
    expect(downloadPath(2024, 'xlsx')).toBe('/benchmark/2024.xlsx');
  });

  it('lists the comments, the own municipality first', () => {
    expect(commentsOf(tenants, 'da').map(({ tenant }) => tenant.name)).toEqual(['Norddjurs Kommune', 'Lyngby-Taarbæk Kommune']);
  });

  it('orders the units as the department tree, children under their parent', () => {
    const units = [
      { id: 'b', name: 'Børn og Unge', parentId: null, sortOrder: 2 },
      { id: 'j', name: 'Jobcenter', parentId: 'a', sortOrder: 1 },
      { id: 'a', name: 'Arbejdsmarked', parentId: null, sortOrder: 1 },
      { id: 'x', name: 'Lukket forælder', parentId: 'gone', sortOrder: 3 },
    ];
    expect(unitsInTreeOrder(units).map(({ id, name, depth }) => ({ id, name, depth }))).toEqual([
      { id: 'a', name: 'Arbejdsmarked', depth: 0 },
      { id: 'j', name: 'Jobcenter', depth: 1 },
      { id: 'b', name: 'Børn og Unge', depth: 0 },
      { id: 'x', name: 'Lukket forælder', depth: 0 },
    ]);
    // The units keep their own fields (a department area, say) beside the depth.
    expect(unitsInTreeOrder([{ id: 'a', name: 'A', parentId: null, sortOrder: 0, nationalArea: 'social' }])).toEqual([
      { id: 'a', name: 'A', parentId: null, sortOrder: 0, nationalArea: 'social', depth: 0 },
    ]);
  });
});
