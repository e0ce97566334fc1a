import { generateSecret, generateURI, verifySync } from 'otplib';

/** What authenticator apps show as the account's issuer. */
export const TOTP_ISSUER = 'Rådgiver';

/** A new TOTP secret, base32 (160 bits, RFC 4226's recommendation). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string, period: number): string {
  return generateURI({ issuer: TOTP_ISSUER, label: account, secret, period });
}

/**
 * The time step `code` belongs to when it is right for `secret` within one step either side of now (clock drift) and
 * later than `lastUsedStep`; null otherwise. Refusing the step last used and every earlier one means a code cannot
 * be replayed, not even within its own window (RFC 6238, section 5.2).
 */
export function acceptedTotpStep(secret: string, code: string, period: number, lastUsedStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    period,
    epochTolerance: period,
    ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
