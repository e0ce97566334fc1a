import { EMPTY_AUDIT_FILTER, auditExportPath, auditFilterOf } from './audit-filter';

describe('audit filter', () => {
  it('sends only filled-in criteria, trimmed', () => {
    expect(auditFilterOf(EMPTY_AUDIT_FILTER)).toEqual({});
    expect(auditFilterOf({ ...EMPTY_AUDIT_FILTER, action: ' inquiry.read ', from: '2026-01-01', citizenId: 'c1' })).toEqual({
      action: 'inquiry.read',
      from: '2026-01-01',
      citizenId: 'c1',
    });
  });

  it('puts the filter into the export path as JSON', () => {
    expect(auditExportPath('csv', {})).toBe('/audit-log/events.csv');
    expect(auditExportPath('json', { citizenId: 'c1' })).toBe(`/audit-log/events.json?filter=${encodeURIComponent('{"citizenId":"c1"}')}`);
  });
});
