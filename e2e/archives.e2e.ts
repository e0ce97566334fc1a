import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { logIn } from './log-in';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('the tenant admin asks for an archive of a period, downloads it when ready and marks it delivered', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, 'admin@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Arkivering' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Arkivering' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Bestil en arkivpakke' });
  // A period that runs backwards: the API's Danish message at the field.
  await form.getByLabel('Fra dato').fill('2019-12-31');
  await form.getByLabel('Til dato').fill('2019-01-01');
  await form.getByRole('button', { name: 'Bestil arkivpakke' }).click();
  const summary = form.getByRole('alert', { name: 'Der er et problem' });
  await expect(summary.getByRole('link')).toHaveText(['Til må ikke ligge før fra (31. december 2019)']);
  await expect(form.getByLabel('Til dato')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Fra dato').fill('2019-01-01');
  await form.getByLabel('Til dato').fill('2019-12-31');
  await form.getByRole('button', { name: 'Bestil arkivpakke' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Arkivpakken for' })).toContainText('er bestilt');

  const table = page.getByRole('table', { name: 'Arkivpakker' });
  const row = table.getByRole('row').filter({ hasText: '1. jan. 2019' }).first();
  await expect(row.getByTestId('archive-status')).toHaveText('Klar', { timeout: 60_000 });
  await expect(row).toContainText('Ikke afleveret');

  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /^Hent arkivpakke/ }).click()]);
  expect(download.suggestedFilename()).toBe('raadgiver-arkiv-2019-01-01-2019-12-31.zip');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const zip = Buffer.concat(chunks);
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  expect(createHash('sha256').update(zip).digest('hex')).toMatch(/^[0-9a-f]{64}$/);

  await row.getByRole('button', { name: /^Markér som afleveret/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'markeret som afleveret' })).toBeVisible();
  await expect(row).not.toContainText('Ikke afleveret');
  await expect(row.getByRole('button', { name: /^Markér som afleveret/ })).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(narrow.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
