import { decidedCasesByUnit, decidedCasesYear, perThousandDecided } from './decided-cases';

describe('perThousandDecided', () => {
  it('gives inquiries per 1,000 decided cases to one decimal, half up', () => {
    expect(perThousandDecided(23, 4_000)).toBe(5.8); // 5.75 → 5.8
    expect(perThousandDecided(90, 12_000)).toBe(7.5);
    expect(perThousandDecided(1, 3)).toBe(333.3);
    expect(perThousandDecided(2, 3)).toBe(666.7);
    expect(perThousandDecided(0, 500)).toBe(0);
  });

  it('is null without decided cases rather than zero', () => {
    expect(perThousandDecided(10, null)).toBeNull();
    expect(perThousandDecided(10, 0)).toBeNull();
  });
});

describe('decidedCasesByUnit', () => {
  it("adds a predecessor's cases to today's unit, per year", () => {
    const current = (id: string) => (id === 'cuba' ? 'cbak' : id);
    const lookup = decidedCasesByUnit(
      [
        { orgUnitId: 'cuba', year: 2022, decidedCases: 700 },
        { orgUnitId: 'cbak', year: 2022, decidedCases: 300 },
        { orgUnitId: 'cbak', year: 2023, decidedCases: 1_100 },
      ],
      current,
    );
    expect(lookup('cbak', 2022)).toBe(1_000);
    expect(lookup('cbak', 2023)).toBe(1_100);
    expect(lookup('csi', 2023)).toBeNull();
  });

  it('takes the year the period ends in', () => {
    expect(decidedCasesYear({ to: '2022-12-31' })).toBe(2022);
  });
});
