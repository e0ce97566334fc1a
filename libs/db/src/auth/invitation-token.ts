import { createHash, randomBytes } from 'node:crypto';
import { UUID_SOURCE } from '@raadgiver/domain';

/** How long an invitation's link works. */
export const INVITATION_VALID_DAYS = 14;

const TOKEN = new RegExp(`^(${UUID_SOURCE})\\.(${UUID_SOURCE})\\.([A-Za-z0-9_-]{43})$`);

/** What an invitation link carries: where the invitation is kept (not secret) and its secret. */
export interface InvitationToken {
  tenantId: string;
  invitationId: string;
  secret: string;
}

/** A new link secret for an invitation; the token goes into the e-mail, only invitationSecretHash(secret) is kept. */
export function newInvitationToken(tenantId: string, invitationId: string): { token: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${tenantId}.${invitationId}.${secret}`, secretHash: invitationSecretHash(secret) };
}

/** The token's parts, or null for anything that is not one. */
export function parseInvitationToken(token: string): InvitationToken | null {
  const match = TOKEN.exec(token);
  return match ? { tenantId: match[1], invitationId: match[2], secret: match[3] } : null;
}

export function invitationSecretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
