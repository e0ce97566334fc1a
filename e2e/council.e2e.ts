import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { countPointerInput, logInByKeyboard, pointerInputCount, tabTo } from './keyboard';
import { logIn } from './log-in';

const REPORT = 'Borgerrådgiverens beretning 2019';

/** The downloaded file's first bytes: %PDF for a PDF, PK (a zip) for DOCX and XLSX. */
async function magic(download: Download, length: number): Promise<string> {
  return (await readFile(await download.path())).subarray(0, length).toString('latin1');
}

/** The published report's section, once the worker has made its documents (it does so when it starts). */
async function expectLejre2019(page: Page): Promise<Locator> {
  const report = page.getByRole('region', { name: REPORT, exact: true });
  await expect(report.getByTestId('report-status')).toHaveText('Udgivet');
  const headline = report.getByRole('region', { name: 'Hovedtal' });
  const figure = (name: string) => headline.locator('div', { has: page.getByText(name, { exact: true }) }).getByRole('definition');
  await expect(figure('Borgere')).toHaveText('130 (132)', { timeout: 90_000 });
  await expect(figure('Henvendelser')).toHaveText('192 (174)');
  await expect(figure('Klageforhold')).toHaveText('151 (123)');
  return report;
}

test('the council viewer lands on the published Lejre 2019 report, reads its figures and downloads PDF, DOCX and XLSX', async ({ page }) => {
  test.setTimeout(150_000);
  const previews: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/graphql') && (request.postData() ?? '').includes('reportPreview')) previews.push(request.url());
  });
  await logIn(page, 'council@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Beretninger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beretninger' })).toBeVisible({ timeout: 30_000 });

  // The list of published reports, newest first, and the newest opened: no empty year, no free preview.
  const list = page.getByRole('table', { name: 'Udgivne beretninger' });
  await expect(list.getByRole('rowheader', { name: REPORT })).toBeVisible();
  await expect(page.getByLabel('Kalenderår')).toHaveCount(0);
  const report = await expectLejre2019(page);
  await expect(report.locator('[data-chart="categories"] svg')).toBeVisible();
  await expect(report.getByRole('button', { name: 'Generér beretning' })).toHaveCount(0);
  await expect(report.getByRole('button', { name: 'Udgiv' })).toHaveCount(0);

  for (const [button, bytes, start] of [
    ['Hent PDF', 4, '%PDF'],
    ['Hent DOCX', 2, 'PK'],
    ['Hent XLSX', 2, 'PK'],
  ] as const) {
    const downloading = page.waitForEvent('download');
    await report.getByRole('button', { name: button }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^beretning-2019-v1\.(pdf|docx|xlsx)$/);
    expect(await magic(download, bytes)).toBe(start);
  }
  expect(previews).toEqual([]);
});

test('the council viewer does the whole journey with the keyboard only', async ({ page }) => {
  test.setTimeout(150_000);
  await countPointerInput(page);
  await logInByKeyboard(page, 'council@lejre.demo');
  const menuLink = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Beretninger' });
  await tabTo(page, menuLink);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Beretninger' })).toBeVisible({ timeout: 30_000 });
  const report = await expectLejre2019(page);

  const pdf = report.getByRole('button', { name: 'Hent PDF' });
  await tabTo(page, pdf, 40);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect(await magic(await downloading, 4)).toBe('%PDF');
  expect(await pointerInputCount(page)).toBe(0);
});
