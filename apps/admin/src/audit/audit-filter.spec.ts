import { EMPTY_AUDIT_FILTER, auditFilterOf } from './audit-filter';

describe('audit filter', () => {
  it('sends only filled-in criteria, trimmed', () => {
    expect(auditFilterOf(EMPTY_AUDIT_FILTER)).toEqual({});
    expect(auditFilterOf({ ...EMPTY_AUDIT_FILTER, action: ' inquiry.read ', from: '2026-01-01' })).toEqual({
      action: 'inquiry.read',
      from: '2026-01-01',
    });
  });
});
