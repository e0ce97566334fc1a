import { perTenThousandInhabitants, perThousandDecidedCases, sharePercent, populationInYear } from './rates';

describe('benchmark rates', () => {
  it('counts registrations per 10,000 inhabitants, rounded half up to one decimal', () => {
    // Lejre 2019: 130 registrations, 27,836 inhabitants → 46.702... → 46.7
    expect(perTenThousandInhabitants(130, 27_836)).toBe(46.7);
    // 1 in 20,000 is 0.5 exactly; half up.
    expect(perTenThousandInhabitants(1, 20_000)).toBe(0.5);
    expect(perTenThousandInhabitants(3, 40_000)).toBe(0.8);
    expect(perTenThousandInhabitants(10, null)).toBeNull();
  });

  it('counts inquiries per 1,000 decided cases', () => {
    expect(perThousandDecidedCases(12, 4_000)).toBe(3);
    expect(perThousandDecidedCases(7, 2_000)).toBe(3.5);
    expect(perThousandDecidedCases(1, 6_000)).toBe(0.2); // 0.1666… → 0.2
    expect(perThousandDecidedCases(5, 0)).toBeNull();
  });

  it('gives shares in per cent with one decimal', () => {
    expect(sharePercent(92, 130)).toBe(70.8);
    expect(sharePercent(1, 8)).toBe(12.5);
    expect(sharePercent(0, 0)).toBeNull();
  });
});

describe('populationInYear', () => {
  const population = new Map([
    [2023, 28_930],
    [2025, 29_594],
  ]);

  it("takes the year's own figure, else the nearest earlier year's, else the nearest later year's", () => {
    expect(populationInYear(population, 2023)).toBe(28_930);
    expect(populationInYear(population, 2024)).toBe(28_930);
    expect(populationInYear(population, 2026)).toBe(29_594);
    expect(populationInYear(population, 2019)).toBe(28_930);
  });

  it('is null when no year is known', () => {
    expect(populationInYear(new Map(), 2023)).toBeNull();
  });
});
