import { AUDIT_ACTIONS, AUDIT_SENTENCES, auditActionName, auditSentence } from './audit-actions';

describe('audit sentences', () => {
  it('gives every action a Danish and an English sentence', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(AUDIT_SENTENCES[action].da).toMatch(/\S/);
      expect(AUDIT_SENTENCES[action].en).toMatch(/\S/);
    }
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('names the role, the user, the verb and the subject by its reference', () => {
    const event = { action: 'inquiry.read', userName: 'Anne Holm', userRoles: ['council_viewer', 'advisor'], subjectLabel: '2023-0142', subjectId: 'x' };
    expect(auditSentence(event, 'da')).toBe('Rådgiver Anne Holm åbnede henvendelse 2023-0142');
    expect(auditSentence(event, 'en')).toBe('Advisor Anne Holm opened inquiry 2023-0142');
  });

  it('speaks of the system for the worker and of a deleted subject by its id', () => {
    expect(auditSentence({ action: 'report.generated', userName: null, userRoles: [], subjectLabel: 'Beretning 2019', subjectId: 'r' }, 'da')).toBe(
      'Systemet genererede beretningen Beretning 2019',
    );
    expect(auditSentence({ action: 'inquiry.deleted', userName: 'Bo', userRoles: ['advisor'], subjectLabel: null, subjectId: '12345678-aaaa' }, 'da')).toBe(
      'Rådgiver Bo slettede henvendelse (slettet, id 12345678)',
    );
    expect(auditSentence({ action: 'inquiry.search', userName: 'Bo', userRoles: [], subjectLabel: null, subjectId: null }, 'en')).toBe('Bo searched the inquiries');
  });

  it('names an action for the filter without its subject', () => {
    expect(auditActionName('inquiry.read', 'da')).toBe('åbnede henvendelse');
    expect(auditActionName('follow_up_note.downloaded', 'en')).toBe('downloaded the follow-up note');
  });
});
