import { isRecoveryCodeShape, newRecoveryCodes, RECOVERY_CODE_COUNT, recoveryCodeHash } from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten different codes in groups of four unambiguous characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });

  it('hashes a code as typed (case, dashes and spaces aside), bound to the user', () => {
    const [code] = newRecoveryCodes();
    const hash = recoveryCodeHash('user-1', code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash('user-1', ` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(hash);
    expect(recoveryCodeHash('user-2', code)).not.toBe(hash);
  });

  it('tells a recovery code from a six-digit TOTP code', () => {
    expect(isRecoveryCodeShape('K7QM-4XPA-ZT9C')).toBe(true);
    expect(isRecoveryCodeShape('k7qm 4xpa zt9c')).toBe(true);
    expect(isRecoveryCodeShape('123456')).toBe(false);
  });
});
