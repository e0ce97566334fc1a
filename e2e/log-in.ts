import { expect, type Page } from '@playwright/test';
import { firstCode, nextCode } from './second-factor';

export const DEMO_PASSWORD = 'Raadgiver-demo-2026';

/** Signs in through the login page (in Danish, the default language), through the second factor where there is one. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await passSecondFactor(page, email);
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}

/**
 * After the password: past the second factor, by keyboard. An account with one gets a code of its remembered secret; one
 * that must set one up first (a demo admin in a fresh database) gets it set up with the secret the page shows, which is
 * remembered for its next logins (second-factor.ts). Anyone else is in the shell already.
 */
export async function passSecondFactor(page: Page, email: string): Promise<void> {
  const shell = page.getByRole('banner');
  const codeStep = page.getByRole('heading', { name: 'Bekræft med din kode' });
  const setup = page.getByRole('heading', { name: 'Totrinsbekræftelse', level: 1 });
  await expect(shell.or(codeStep).or(setup)).toBeVisible();
  if (await codeStep.isVisible()) {
    await page.getByLabel('Kode').fill(await nextCode(email));
    await page.getByLabel('Kode').press('Enter');
  } else if (await setup.isVisible()) {
    await setUpSecondFactor(page, email);
  }
  await expect(shell).toBeVisible();
}

/** On the setup page: the first code of the shown secret, then past the recovery codes (returned). */
export async function setUpSecondFactor(page: Page, email: string): Promise<string[]> {
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await page.getByLabel('Kode').fill(firstCode(email, secret));
  await page.getByLabel('Kode').press('Enter');
  const codes = page.getByRole('list', { name: 'Gem dine gendannelseskoder' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  await page.getByRole('button', { name: 'Jeg har gemt koderne' }).press('Enter');
  return recoveryCodes;
}
