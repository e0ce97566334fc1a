import { expect, test } from '@playwright/test';
import { logIn } from './login';

test('a tenant admin renames a department and sees the old name in its history; another municipality never sees it', async ({
  page,
}) => {
  const oldName = 'Veje og Trafik';
  const newName = `Vej, Park og Trafik ${Date.now().toString(36)}`;

  await logIn(page, 'admin@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();

  await page.getByRole('button', { name: oldName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: oldName, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Omdøb', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: `Omdøb ${oldName}` });
  await dialog.getByLabel('Navn', { exact: true }).fill(newName);
  await dialog.getByRole('button', { name: 'Omdøb', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status')).toHaveText(`Enheden hedder nu ${newName}.`);
  await expect(page.getByRole('heading', { level: 2, name: newName, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: newName, exact: true })).toBeVisible();
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByText(`Omdøbt fra ${oldName} til ${newName}`)).toBeVisible();

  await page.getByRole('button', { name: 'Log ud' }).click();
  await logIn(page, 'admin@norddjurs.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Organisation' }).click();
  const tree = page.getByRole('list', { name: 'Organisationstræ' });
  await expect(tree.getByRole('button', { name: 'Socialområdet', exact: true })).toBeVisible();
  await expect(page.getByText(newName)).toHaveCount(0);
  await expect(page.getByText(oldName)).toHaveCount(0);
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

test('a wrong password shows the error from the API', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('E-mail').fill('council@lejre.demo');
  await page.getByLabel('Adgangskode').fill('not-the-password-2026');
  await page.getByRole('button', { name: 'Log ind' }).click();

  await expect(page.getByRole('alert')).not.toBeEmpty();
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  await expect(page.getByLabel('Adgangskode')).toBeVisible();
});
