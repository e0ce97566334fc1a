import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Raadgiver-demo-2026';

/** Signs in through the login page (in Danish, the default language). */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}
