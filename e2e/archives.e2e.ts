import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { apiLogIn, graphql } from './api';
import { DEMO_PASSWORD, logIn } from './log-in';

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

test('the operator exports a leaving municipality, downloads it, and deletes it by typing its name; the written account is shown', async ({ page, request }) => {
  test.setTimeout(120_000);
  // A municipality of its own, so no other test misses one of the demo municipalities.
  const login = { accessToken: await apiLogIn(request, 'operator@raadgiver.demo', DEMO_PASSWORD) };
  const { municipalities } = await graphql<{ municipalities: { code: string; onPlatform: boolean }[] }>(request, '{ municipalities { code onPlatform } }', {}, login.accessToken);
  const code = municipalities.filter((m) => !m.onPlatform).at(-1)!.code;
  const { createTenant } = await graphql<{ createTenant: { name: string } }>(
    request, 'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { name } }', { input: { kommunekode: code } }, login.accessToken,
  );
  const name = createTenant.name;

  await logIn(page, 'operator@raadgiver.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kommuner' }).click();
  await page.getByRole('button', { name: `${name} forlader platformen` }).click();
  const dialog = page.getByRole('dialog', { name: `${name} forlader Raadgiver` });
  await expect(dialog.getByRole('status')).toHaveText('Der er endnu ingen eksport.');

  // Without an export, the deletion is refused.
  const deleteForm = dialog.getByRole('form', { name: `Slet ${name}` });
  await deleteForm.getByLabel('Kommunens navn').fill(name);
  await deleteForm.getByRole('button', { name: 'Slet kommunen' }).click();
  await expect(deleteForm.getByRole('alert', { name: 'Der er et problem' })).toContainText('skal være eksporteret');

  await dialog.getByRole('button', { name: 'Eksportér alle data' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Eksporten er klar.', { timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Hent eksporten' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^raadgiver-eksport-\d{4}-\d{2}-\d{2}\.zip$/);

  await deleteForm.getByLabel('Kommunens navn').fill('Forkert navn');
  await deleteForm.getByRole('button', { name: 'Slet kommunen' }).click();
  await expect(deleteForm.getByLabel('Kommunens navn')).toHaveAccessibleDescription(/skal være kommunens navn, skrevet præcis som det står/);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  await deleteForm.getByLabel('Kommunens navn').fill(name);
  await deleteForm.getByRole('button', { name: 'Slet kommunen' }).click();
  const account = page.getByRole('dialog', { name: `Redegørelse for sletningen af ${name}` });
  await expect(account.getByTestId('deletion-account')).toContainText(`Redegørelse for sletning af ${name}`);
  await expect(account.getByTestId('deletion-account')).toContainText('Tilbage i sikkerhedskopier');
  await account.getByRole('button', { name: 'Luk' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`${name} er slettet.`);
  await expect(page.getByRole('table', { name: 'Kommuner på platformen' }).getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});
