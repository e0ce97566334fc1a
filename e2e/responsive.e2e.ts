import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './log-in';
import { tabTo } from './keyboard';
import { ROLES, checkMenuPages, resetTextZoom, sidewaysScroll, zoomText, type Finding } from './reflow';

/** The widths the admin must reflow at (WCAG 2.1's 320 px, a phone, a tablet), and the desktop at 200 % text. */
const WIDTHS = [320, 390, 768];
const DESKTOP = 1366;

/** No sideways scroll at each width, nor at 200 % text on the desktop and on the tablet. */
async function reflowFindings(page: Page, name: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // Let the layout settle (the menu folding, a chart redrawn to the new width).
    await page.waitForTimeout(100);
    findings.push(...(await sidewaysScroll(page, name, `${width} px`)));
  }
  const cdp = await zoomText(page, 200);
  try {
    for (const width of [DESKTOP, 768]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(100);
      // The setting reached the page: the root font is twice the default.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      findings.push(...(await sidewaysScroll(page, name, `200 % text at ${width} px`)));
    }
  } finally {
    await resetTextZoom(cdp);
  }
  await page.setViewportSize({ width: DESKTOP, height: 900 });
  return findings;
}

test.describe('no page of any role scrolls sideways at 320, 390 and 768 px nor at 200 % text', () => {
  test.use({ viewport: { width: DESKTOP, height: 900 } });

  test('the public pages', async ({ page }) => {
    const findings: Finding[] = [];
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();
    findings.push(...(await reflowFindings(page, 'login')));
    await page.goto('/#/benchmark');
    // The first load compiles the charts' module in the dev server. A figure opened: its charts and tables.
    await expect(page.locator('.benchmark-figure').first()).toBeVisible({ timeout: 30_000 });
    await page.locator('[data-figure="registrations_per_10000"] summary').click();
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 30_000 });
    findings.push(...(await reflowFindings(page, 'public benchmark')));
    expect(findings).toEqual([]);
  });

  for (const { role, email } of ROLES) {
    test(`the ${role}'s pages`, async ({ page }) => {
      test.setTimeout(180_000);
      const findings = await checkMenuPages(page, email, (name) => reflowFindings(page, name));
      expect(findings).toEqual([]);
    });
  }
});

test('at 390 px the menu is folded behind a button that opens and closes it by keyboard', async ({ page }) => {
  await logIn(page, 'advisor@lejre.demo');
  const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(menu.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(menu.getByRole('link', { name: 'Beretninger' })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  const toggle = menu.getByRole('button', { name: 'Menu' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(menu.getByRole('link')).toHaveCount(0);

  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('link', { name: 'Beretninger' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Henvendelser' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(menu.getByRole('link')).toHaveCount(0);

  // Space opens it too; following a link opens the page and folds the menu again.
  await page.keyboard.press('Space');
  await tabTo(page, menu.getByRole('link', { name: 'Beretninger' }));
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // The first visit loads the reports page's module (compiled on demand by the dev server).
  await expect(page.getByRole('heading', { level: 1, name: 'Beretninger' })).toBeVisible({ timeout: 30_000 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('at 390 px an advisor fills in the registration form and saves it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const reference = `MOB-${Date.now().toString(36)}`;
  await logIn(page, 'advisor@lejre.demo');
  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
  await page.getByLabel('Sagsnummer').fill(reference);
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await citizen.fill(`Mobilborger ${reference}`);
  await citizen.press('ArrowDown');
  await citizen.press('Enter');
  await page.getByLabel('Borgerreference').fill(`B-${reference}`);
  await page.getByLabel('Borgerreference').press('Enter');
  await page.getByLabel('Type', { exact: true }).selectOption('GUIDANCE');
  await page.getByLabel('Resumé').fill('Registreret fra en telefon');
  expect(await sidewaysScroll(page, 'Ny henvendelse', '390 px')).toEqual([]);
  const save = page.getByRole('button', { name: 'Gem henvendelse' });
  await save.scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport();
  await save.click();
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er registreret.`);
  await expect(page.getByRole('table', { name: 'Henvendelser' }).getByRole('link', { name: reference, exact: true })).toBeVisible();
  expect(await sidewaysScroll(page, 'Henvendelser', '390 px')).toEqual([]);
});

/** A logo as a municipality might upload it: a 300 × 100 PNG. */
function logoPng(): Buffer {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#006e3c"/><circle cx="50" cy="50" r="35" fill="#fff"/></svg>';
  return Buffer.from(new Resvg(svg).render().asPng());
}

test("the tenant admin uploads the municipality's logo, which the header then shows with the municipality's name", async ({ page }) => {
  await logIn(page, 'admin@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indstillinger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  const field = page.getByLabel('Logo', { exact: true });

  // An SVG is refused at the field, in Danish.
  await field.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await page.getByRole('button', { name: 'Gem logo' }).click();
  await expect(page.getByText('Logoet skal være et billede af typen PNG eller JPEG').first()).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.setInputFiles({ name: 'lejre.png', mimeType: 'image/png', buffer: logoPng() });
  await page.getByRole('button', { name: 'Gem logo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logoet er gemt.' })).toBeVisible();
  const headerLogo = page.getByRole('banner').getByRole('img', { name: 'Lejre Kommunes logo' });
  await expect(headerLogo).toBeVisible();
  expect(await headerLogo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([300, 100]);

  // Every user of the municipality sees it; on a phone it fits.
  await page.getByRole('button', { name: 'Log ud' }).click();
  await logIn(page, 'advisor@lejre.demo');
  await expect(page.getByRole('banner').getByRole('img', { name: 'Lejre Kommunes logo' })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await sidewaysScroll(page, 'Henvendelser with a logo', '320 px')).toEqual([]);

  // Removed again, so the other tests see the header as it was.
  await page.setViewportSize({ width: DESKTOP, height: 900 });
  await page.getByRole('button', { name: 'Log ud' }).click();
  await logIn(page, 'admin@lejre.demo');
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Fjern logo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logoet er fjernet.' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('img')).toHaveCount(0);
});
