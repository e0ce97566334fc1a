import { invitationLink } from './invitation-sender.service';
import { invitationMail } from './invitation-mail';

describe('the invitation e-mail', () => {
  it('names the municipality, the roles in Danish and the last day, and holds the link', () => {
    const mail = invitationMail({ tenantName: 'Lejre Kommune', roles: ['advisor', 'council_viewer'], lastDay: '2026-12-19' }, 'https://admin.example/#/invitation/abc');
    expect(mail.subject).toBe('Invitation til Raadgiver i Lejre Kommune');
    expect(mail.text).toContain('i Lejre Kommune som borgerrådgiver og læser af beretninger (byråd).');
    expect(mail.text).toContain('\nhttps://admin.example/#/invitation/abc\n');
    expect(mail.text).toContain('til og med 19.12.2026');
  });

  it('links to the admin’s hash route, so the secret stays out of server logs', () => {
    expect(invitationLink('https://admin.example/', 'a.b.c')).toBe('https://admin.example/#/invitation/a.b.c');
  });
});
