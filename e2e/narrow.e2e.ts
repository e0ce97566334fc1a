import { expect, test, type Page } from '@playwright/test';
import { logIn } from './log-in';

test.use({ viewport: { width: 390, height: 844 } });

/** Nothing wider than the phone: the page never scrolls sideways (a wide table scrolls inside its own region). */
async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test('at 390 px the inquiry list stacks its rows and the page does not scroll sideways', async ({ page }) => {
  await logIn(page, 'advisor@lejre.demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Henvendelser' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.locator('thead')).not.toBeInViewport();
  await expectNoSidewaysScroll(page);
});

test('at 390 px the organisation, the audit log and a form with its error summary fit the phone', async ({ page }) => {
  // Three pages, each loaded and compiled on its first visit, opened through the folded menu.
  test.setTimeout(120_000);
  await logIn(page, 'admin@lejre.demo');
  const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
  // The menu is folded behind its button on a phone.
  await menu.getByRole('button', { name: 'Menu' }).click();
  await menu.getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  await page.getByRole('button', { name: 'Tilføj enhed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilføj enhed' });
  await dialog.getByRole('button', { name: 'Tilføj enhed' }).click();
  await expect(dialog.getByRole('alert', { name: 'Der er et problem' })).toBeFocused();
  await expectNoSidewaysScroll(page);
  await dialog.getByRole('button', { name: 'Annuller' }).click();

  // A note of one long word wraps inside the details rather than widening the page.
  await page.getByRole('button', { name: 'Dagtilbud', exact: true }).click();
  await page.getByRole('button', { name: 'Notat', exact: true }).click();
  const noteDialog = page.getByRole('dialog', { name: 'Notat om Dagtilbud' });
  await noteDialog.getByLabel(/^Notat/).fill('x'.repeat(300));
  await noteDialog.getByRole('button', { name: 'Gem notat' }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'x'.repeat(300) })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await menu.getByRole('button', { name: 'Menu' }).click();
  await menu.getByRole('link', { name: 'Log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Log' }).getByRole('row').nth(1)).toBeVisible();
  await expectNoSidewaysScroll(page);
});
