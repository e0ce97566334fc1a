import { answerFor, answerKey, attachmentsByAnswer, formatByteSize, formatCompliance, groupByReport, isOverdue } from './follow-up-view';

describe('isOverdue', () => {
  const today = '2025-01-15';

  it('marks an open or in-progress recommendation past its due day', () => {
    expect(isOverdue({ dueOn: '2025-01-14', status: 'OPEN' }, today)).toBe(true);
    expect(isOverdue({ dueOn: '2024-12-31', status: 'IN_PROGRESS' }, today)).toBe(true);
  });

  it('does not mark the due day itself, a later one, or none', () => {
    expect(isOverdue({ dueOn: '2025-01-15', status: 'OPEN' }, today)).toBe(false);
    expect(isOverdue({ dueOn: '2025-02-01', status: 'OPEN' }, today)).toBe(false);
    expect(isOverdue({ dueOn: null, status: 'OPEN' }, today)).toBe(false);
  });

  it('does not mark a closed recommendation', () => {
    for (const status of ['IMPLEMENTED', 'PARTLY_IMPLEMENTED', 'NOT_TAKEN_UP'] as const) {
      expect(isOverdue({ dueOn: '2024-01-01', status }, today)).toBe(false);
    }
  });
});

describe('groupByReport', () => {
  const r2023 = { id: 'r23', title: '2023' };
  const r2022 = { id: 'r22', title: '2022' };

  it('keeps the reports in the order given and sorts each report by sort order', () => {
    const groups = groupByReport([
      { id: 'b', sortOrder: 2, report: r2023 },
      { id: 'x', sortOrder: 1, report: r2022 },
      { id: 'a', sortOrder: 1, report: r2023 },
    ]);
    expect(groups.map((g) => [g.report.id, g.recommendations.map((r) => r.id)])).toEqual([
      ['r23', ['a', 'b']],
      ['r22', ['x']],
    ]);
  });

  it('leaves out recommendations without a report', () => {
    expect(groupByReport([{ id: 'a', sortOrder: 1, report: null }])).toEqual([]);
  });
});

describe('answerFor', () => {
  it("finds the addressed unit's answer", () => {
    const followUps = [
      { id: 'f1', orgUnit: { id: 'u1' } },
      { id: 'f2', orgUnit: { id: 'u2' } },
    ];
    expect(answerFor(followUps, 'u2')?.id).toBe('f2');
    expect(answerFor(followUps, 'u3')).toBeUndefined();
  });
});

describe('formatCompliance', () => {
  it('writes implemented of all with the share in whole per cent, rounded half up', () => {
    expect(formatCompliance({ total: 8, implemented: 1 }, 'da', 'af')).toBe('1 af 8 (13 %)');
    expect(formatCompliance({ total: 3, implemented: 2 }, 'en', 'of')).toBe('2 of 3 (67 %)');
    expect(formatCompliance({ total: 5, implemented: 0 }, 'da', 'af')).toBe('0 af 5 (0 %)');
  });

  it('writes a dash without recommendations', () => {
    expect(formatCompliance({ total: 0, implemented: 0 }, 'da', 'af')).toBe('–');
  });
});

describe('attachments', () => {
  it('formats sizes in the reader’s language', () => {
    expect(formatByteSize(512, 'da')).toBe('512 B');
    expect(formatByteSize(12_300, 'da')).toBe('12 kB');
    expect(formatByteSize(2.45 * 1024 * 1024, 'da')).toBe('2,5 MB');
    expect(formatByteSize(2.45 * 1024 * 1024, 'en')).toBe('2.5 MB');
  });

  it('keys the answers’ attachments by unit and recommendation, leaving out answers without any', () => {
    const a = { id: 'a1' };
    const byAnswer = attachmentsByAnswer([
      { title: 'R1', followUps: [{ id: 'f1', orgUnit: { id: 'u1' }, attachments: [a] }, { id: 'f2', orgUnit: { id: 'u2' }, attachments: [] }] },
    ]);
    expect(byAnswer.get(answerKey('u1', 'R1'))).toEqual([{ followUpId: 'f1', attachments: [a] }]);
    expect(byAnswer.has(answerKey('u2', 'R1'))).toBe(false);
  });
});
