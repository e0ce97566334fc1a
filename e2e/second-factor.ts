import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import { E2E_DATABASE } from './ports';

/**
 * The TOTP step of the browser tests' API (playwright.config.ts passes it as TOTP_PERIOD_SECONDS): short, so one demo
 * account can log in several times a minute, each step's code being taken once.
 */
export const E2E_TOTP_PERIOD_SECONDS = 5;

/**
 * The second factors the tests set up, by e-mail: the secret and the last step whose code was used. Kept in a file
 * beside the run's database, so that a restarted test worker still knows them. A fresh database (every run) has none:
 * then the login asks for a setup, whose new secret replaces a stale entry.
 */
const STORE = join(tmpdir(), `raadgiver-e2e-second-factors-${E2E_DATABASE}.json`);

interface Known {
  secret: string;
  lastStep: number;
}

function read(): Record<string, Known> {
  try {
    return JSON.parse(readFileSync(STORE, 'utf8')) as Record<string, Known>;
  } catch {
    return {};
  }
}

function stepNow(): number {
  return Math.floor(Date.now() / 1000 / E2E_TOTP_PERIOD_SECONDS);
}

function codeAt(secret: string, step: number): string {
  return generateSync({ secret, period: E2E_TOTP_PERIOD_SECONDS, epoch: step * E2E_TOTP_PERIOD_SECONDS });
}

/** The current code of a secret shown on the setup page, remembered for the account's later logins. */
export function firstCode(email: string, secret: string): string {
  const step = stepNow();
  writeFileSync(STORE, JSON.stringify({ ...read(), [email]: { secret, lastStep: step } }));
  return codeAt(secret, step);
}

/** A code of the account's secret the API has not taken yet, waiting for the next step when it must. */
export async function nextCode(email: string): Promise<string> {
  const known = read()[email];
  if (!known) throw new Error(`No second factor known for ${email} in ${STORE}: it was set up outside the test helpers`);
  const step = Math.max(stepNow(), known.lastStep + 1);
  if (step > stepNow() + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * E2E_TOTP_PERIOD_SECONDS * 1000 - Date.now() + 50));
  writeFileSync(STORE, JSON.stringify({ ...read(), [email]: { secret: known.secret, lastStep: step } }));
  return codeAt(known.secret, step);
}

/** A code that is not the secret's for any step the API accepts now. */
export function wrongCode(secret: string): string {
  const near = [-1, 0, 1, 2].map((offset) => codeAt(secret, stepNow() + offset));
  return ['000000', '111111', '222222'].find((code) => !near.includes(code)) ?? '333333';
}
