import { generateSync } from 'otplib';
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp';

const PERIOD = 30;
const codeAt = (secret: string, step: number) => generateSync({ secret, period: PERIOD, epoch: step * PERIOD });
const stepNow = () => Math.floor(Date.now() / 1000 / PERIOD);

describe('TOTP codes', () => {
  const secret = newTotpSecret();

  it('accepts the code of the current step and of one step either side, and says which step it was', () => {
    for (const offset of [-1, 0, 1]) expect(acceptedTotpStep(secret, codeAt(secret, stepNow() + offset), PERIOD, null)).toBe(stepNow() + offset);
  });

  it('refuses codes further away, of another secret, and anything not six digits', () => {
    const other = newTotpSecret();
    const current = codeAt(secret, stepNow());
    expect(acceptedTotpStep(secret, codeAt(secret, stepNow() - 3), PERIOD, null)).toBeNull();
    if (codeAt(other, stepNow()) !== current) expect(acceptedTotpStep(secret, codeAt(other, stepNow()), PERIOD, null)).toBeNull();
    for (const code of ['', '12345', '1234567', 'abcdef', `${current} `]) expect(acceptedTotpStep(secret, code, PERIOD, null)).toBeNull();
  });

  it('refuses the step last used and earlier ones: a code is not accepted twice', () => {
    const now = stepNow();
    expect(acceptedTotpStep(secret, codeAt(secret, now), PERIOD, now)).toBeNull();
    expect(acceptedTotpStep(secret, codeAt(secret, now - 1), PERIOD, now)).toBeNull();
    expect(acceptedTotpStep(secret, codeAt(secret, now + 1), PERIOD, now)).toBe(now + 1);
  });

  it('writes the otpauth URI an app reads, with issuer, account, secret and a period other than 30 s', () => {
    const uri = totpUri(secret, 'anne@lejre.dk', PERIOD);
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).not.toContain('period=');
    expect(totpUri(secret, 'anne@lejre.dk', 5)).toContain('period=5');
    expect(decodeURIComponent(uri)).toContain('anne@lejre.dk');
    expect(decodeURIComponent(uri)).toContain('issuer=Rådgiver');
  });
});
