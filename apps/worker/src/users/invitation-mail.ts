import { TENANT_ROLE_NAMES_DA, TenantRole } from '@raadgiver/domain';
import { formatDate } from '@raadgiver/reports';

export interface InvitationMailFacts {
  tenantName: string;
  roles: TenantRole[];
  /** YYYY-MM-DD, the last day the link works. */
  lastDay: string;
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** The Danish invitation: the municipality, the roles and the link; nothing about the person or who invited them. */
export function invitationMail(facts: InvitationMailFacts, link: string): { subject: string; text: string } {
  return {
    subject: `Invitation til Raadgiver i ${facts.tenantName}`,
    text: [
      `Du er inviteret til at bruge Raadgiver i ${facts.tenantName} som ${list(facts.roles.map((role) => TENANT_ROLE_NAMES_DA[role]))}.`,
      '',
      'Åbn linket for at tage imod invitationen:',
      link,
      '',
      `Linket virker til og med ${formatDate(facts.lastDay, 'da')} og kan bruges én gang.`,
      'Har du ikke ventet denne invitation, kan du se bort fra e-mailen; uden dit svar sker der intet.',
    ].join('\n'),
  };
}
