import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, logIn } from './log-in';

test('a wrong password shows the error from the API', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('E-mail').fill('council@lejre.demo');
  await page.getByLabel('Adgangskode').fill(`${DEMO_PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Log ind' }).click();

  await expect(page.getByRole('alert')).not.toBeEmpty();
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  await expect(page.getByLabel('Adgangskode')).toBeVisible();
});

test('the language switch shows the navigation in English', async ({ page }) => {
  await logIn(page, 'advisor@lyngby-taarbaek.demo');
  const navigation = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(navigation.getByRole('link', { name: 'Henvendelser' })).toBeVisible();

  await page.getByLabel('Sprog').selectOption('en');

  const english = page.getByRole('navigation', { name: 'Main menu' });
  await expect(english.getByRole('link', { name: 'Inquiries' })).toBeVisible();
  await expect(english.getByRole('link', { name: 'Annual reports' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a user of several municipalities switches between them, and a reload keeps the session', async ({ page }) => {
  await logIn(page, 'multi@raadgiver.demo');
  const tenant = page.getByLabel('Kommune');
  await expect(tenant.getByRole('option')).toHaveText(['Lejre Kommune', 'Lyngby-Taarbæk Kommune', 'Norddjurs Kommune']);

  // The choice shows at once; the switch is done when its answer (with the new refresh cookie) is in. A reload before
  // that would present the cookie the switch already replaced.
  const switched = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('switchTenant'));
  await tenant.selectOption({ label: 'Norddjurs Kommune' });
  await switched;
  await expect(tenant.locator('option:checked')).toHaveText('Norddjurs Kommune');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await expect(page.getByLabel('Kommune').locator('option:checked')).toHaveText('Norddjurs Kommune');
});
