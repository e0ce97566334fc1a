import { citizenIdOf } from './audit-subject';

describe('audit subject', () => {
  it('finds the citizen an event is about', () => {
    expect(citizenIdOf({ subjectType: 'citizen', subjectId: 'c1', details: '{}' })).toBe('c1');
    expect(citizenIdOf({ subjectType: 'inquiry', subjectId: 'i1', details: '{"citizenId":"c2"}' })).toBe('c2');
  });

  it('names no citizen for other events or unreadable details', () => {
    expect(citizenIdOf({ subjectType: 'inquiry', subjectId: null, details: '{"criteria":{}}' })).toBeNull();
    expect(citizenIdOf({ subjectType: 'inquiry', subjectId: 'i1', details: 'not json' })).toBeNull();
    expect(citizenIdOf({ subjectType: 'inquiry', subjectId: 'i1', details: '{"citizenId":42}' })).toBeNull();
  });
});
