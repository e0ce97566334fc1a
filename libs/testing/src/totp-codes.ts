import { generateSync } from 'otplib';

/**
 * TOTP codes for test logins through a second factor: the secret of each account the test set up, and codes the API
 * has not taken yet. The API takes each time step of an account once (no replay) and accepts the step before and after
 * the current one, so a code is made for the first untaken step from the current one on, waiting for the next step
 * when the next one was taken too.
 */
export class TotpCodes {
  private readonly secrets = new Map<string, string>();
  private readonly lastSteps = new Map<string, number>();

  constructor(private readonly periodSeconds: number) {}

  remember(account: string, secret: string, usedStep?: number): void {
    this.secrets.set(account, secret);
    if (usedStep !== undefined) this.lastSteps.set(account, usedStep);
  }

  secretOf(account: string): string | undefined {
    return this.secrets.get(account);
  }

  /** A code of `secret` for the current time step (once a setup's first code, before it is remembered), and that step. */
  codeNow(secret: string): { code: string; step: number } {
    const step = this.stepNow();
    return { code: generateSync({ secret, period: this.periodSeconds, epoch: step * this.periodSeconds }), step };
  }

  /** A code for the account's secret that the API has not taken yet. */
  async next(account: string): Promise<string> {
    const secret = this.secrets.get(account);
    if (!secret) throw new Error(`No second factor known for ${account}: log in through the test helper first`);
    const step = Math.max(this.stepNow(), (this.lastSteps.get(account) ?? -1) + 1);
    if (step > this.stepNow() + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * this.periodSeconds * 1000 - Date.now() + 50));
    this.lastSteps.set(account, step);
    return generateSync({ secret, period: this.periodSeconds, epoch: step * this.periodSeconds });
  }

  private stepNow(): number {
    return Math.floor(Date.now() / 1000 / this.periodSeconds);
  }
}
