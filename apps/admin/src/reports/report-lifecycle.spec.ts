import { defaultReportTitle, documentPath, followUpNotePath, reportActions, reportForPeriod, type ReportLike } from './report-lifecycle';

const inputs = { period: { from: '2019-01-01', to: '2019-12-31' }, comparison: { from: '2018-01-01', to: '2018-12-31' } };

const report = (status: ReportLike['status'], generation: ReportLike['generation'] = null): ReportLike => ({
  status,
  currentVersion: generation ? generation.version : 0,
  period: inputs.period,
  generation,
});

describe('report lifecycle', () => {
  it('finds the report of exactly the chosen period', () => {
    const reports = [
      { id: 'a', period: { from: '2019-03-01', to: '2019-12-31' } },
      { id: 'b', period: { from: '2019-01-01', to: '2019-12-31' } },
    ];
    expect(reportForPeriod(reports, inputs)?.id).toBe('b');
    expect(reportForPeriod(reports, { ...inputs, period: { from: '2020-01-01', to: '2020-12-31' } })).toBeUndefined();
  });

  it('titles the report after its year, or its years', () => {
    expect(defaultReportTitle(inputs, 'Beretning')).toBe('Beretning 2019');
    expect(defaultReportTitle({ ...inputs, period: { from: '2022-03-01', to: '2023-02-28' } }, 'Report')).toBe('Report 2022–2023');
  });

  it('allows generating from draft or ready, publishing when ready, downloads of a ready version', () => {
    expect(reportActions(report('DRAFT'), true)).toEqual({ generate: true, publish: false, download: false, generating: false });
    const ready = report('READY', { version: 1, status: 'READY', progress: 100 });
    expect(reportActions(ready, true)).toEqual({ generate: true, publish: true, download: true, generating: false });
    expect(reportActions(ready, false)).toEqual({ generate: false, publish: false, download: true, generating: false });
    const generating = report('GENERATING', { version: 2, status: 'GENERATING', progress: 40 });
    expect(reportActions(generating, true)).toEqual({ generate: false, publish: false, download: false, generating: true });
    const failed = report('DRAFT', { version: 1, status: 'FAILED', progress: 30, error: 'boom' });
    expect(reportActions(failed, true)).toMatchObject({ generate: true, download: false });
    expect(reportActions(report('PUBLISHED', { version: 1, status: 'READY', progress: 100 }), true)).toEqual({
      generate: false,
      publish: false,
      download: true,
      generating: false,
    });
  });

  it('builds the download path', () => {
    expect(documentPath('abc', 3, 'pdf')).toBe('/reports/abc/versions/3/document.pdf');
  });

  it("builds the follow-up note's download path", () => {
    expect(followUpNotePath('abc', 2, 'docx')).toBe('/reports/abc/follow-up-notes/2/document.docx');
  });
});
