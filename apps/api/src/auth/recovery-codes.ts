import { createHash, randomInt } from 'node:crypto';

/** How many recovery codes a user gets when the second factor is set up. */
export const RECOVERY_CODE_COUNT = 10;

// Letters and digits that cannot be mistaken for each other when copied by hand.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** Fresh one-time codes, e.g. `K7QM-4XPA-ZT9C` (60 bits each), shown to the user once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-'),
  );
}

/** A typed code in its stored form: upper case, without spaces and dashes. */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** What is stored of a code: its hash, bound to the user, so a stored hash matches no one else's code. */
export function recoveryCodeHash(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${normalizeRecoveryCode(code)}`).digest('hex');
}

/** Whether a typed code looks like a recovery code rather than a six-digit TOTP code. */
export function isRecoveryCodeShape(code: string): boolean {
  return normalizeRecoveryCode(code).length === GROUPS * GROUP_LENGTH;
}
