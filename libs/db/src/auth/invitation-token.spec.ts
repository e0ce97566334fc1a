import { invitationSecretHash, newInvitationToken, parseInvitationToken } from './invitation-token';

const TENANT = '2f1c0c1e-7a4b-4c7e-9d3b-1b2a3c4d5e6f';
const INVITATION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('invitation tokens', () => {
  it('carry where the invitation is and a secret kept only as its hash', () => {
    const { token, secretHash } = newInvitationToken(TENANT, INVITATION);
    const parsed = parseInvitationToken(token);
    expect(parsed).toMatchObject({ tenantId: TENANT, invitationId: INVITATION });
    expect(invitationSecretHash(parsed!.secret)).toBe(secretHash);
    expect(token).not.toContain(secretHash);
    expect(newInvitationToken(TENANT, INVITATION).token).not.toBe(token);
  });

  it('refuse anything else', () => {
    const { token } = newInvitationToken(TENANT, INVITATION);
    for (const bad of ['', 'x', `${TENANT}.${INVITATION}`, `${token}x`, token.slice(0, -1), `${TENANT}.${INVITATION}.${'a'.repeat(42)}=`, token.replace(TENANT, 'tenant')]) {
      expect(parseInvitationToken(bad)).toBeNull();
    }
  });
});
