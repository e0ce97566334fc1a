import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './log-in';

/** Opens Beretninger from the navigation and chooses a year, with the year before as comparison. */
async function openPreviewFor(page: Page, year: number): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Beretninger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beretninger' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Kalenderår').selectOption(String(year));
  await expect(page).toHaveURL(new RegExp(`from=${year}-01-01`));
  const period = page.getByRole('group', { name: 'Periode', exact: true });
  await expect(period.getByLabel('Fra')).toHaveValue(`${year}-01-01`);
  await expect(period.getByLabel('Til')).toHaveValue(`${year}-12-31`);
  const comparison = page.getByRole('group', { name: 'Sammenligningsperiode' });
  await expect(comparison.getByLabel('Fra')).toHaveValue(`${year - 1}-01-01`);
  await expect(comparison.getByLabel('Til')).toHaveValue(`${year - 1}-12-31`);
}

const openPreviewFor2019 = (page: Page) => openPreviewFor(page, 2019);

/** Opens Beretninger as a council viewer: the published reports, newest first. */
async function openPublished(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Beretninger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beretninger' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Udgivne beretninger' })).toBeVisible();
}

async function expectHeadline(page: Page): Promise<void> {
  const headline = page.getByRole('region', { name: 'Hovedtal' });
  const figure = (name: string) => headline.locator('div', { has: page.getByText(name, { exact: true }) }).getByRole('definition');
  await expect(figure('Borgere')).toHaveText('130 (132)');
  await expect(figure('Henvendelser')).toHaveText('192 (174)');
  await expect(figure('Klageforhold')).toHaveText('151 (123)');
  await expect(headline.getByText('Klageforhold udgør 79 % (71 %) af alle henvendelser.')).toBeVisible();
}

test('the advisor previews the 2019 figures against 2018, with both bar charts drawn as SVG', async ({ page }) => {
  await logIn(page, 'advisor@lejre.demo');
  await openPreviewFor2019(page);
  await expectHeadline(page);

  // Kinds with shares, one decimal in the table.
  const kinds = page.getByRole('region', { name: 'Henvendelser fordelt på type' });
  await expect(kinds.getByRole('row', { name: /^Klageforhold 151 78,6 123 70,7$/ })).toBeVisible();

  // Both charts: an SVG drawn by echarts with the category labels and the folded "other" bar.
  const categories = page.locator('[data-chart="categories"]');
  await expect(categories.locator('svg')).toBeVisible();
  await expect(categories.locator('svg')).toContainText('Lang sagsbehandlingstid');
  await expect(categories.locator('svg')).toContainText(/Øvrige \(\d+ typer\)/);
  await expect(categories.locator('div[role="img"]')).toHaveAttribute('aria-label', /^Klageforhold fordelt på klagetyper: .*Lang sagsbehandlingstid og manglende svar \d+ \(\d+\)/);
  const outcomes = page.locator('[data-chart="outcomes"]');
  await expect(outcomes.locator('svg')).toBeVisible();
  await expect(outcomes.locator('svg')).toContainText('Styrket dialog');
  await expect(outcomes.locator('div[role="img"]')).toHaveAttribute('aria-label', /^Udfald af klageforhold: .*Styrket dialog \d+ \(\d+\)/);

  // Per unit and response times.
  await expect(page.getByRole('table', { name: 'Pr. center eller område' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Svartider' }).getByRole('rowheader', { name: /Første kontakt/ })).toBeVisible();
  // The figure tables: named by their section's heading, numbers right-aligned, the kinds' totals in the footer, and a
  // response step heading the rows of both periods.
  const kindsTable = page.getByRole('table', { name: 'Henvendelser fordelt på type' });
  await expect(kindsTable.getByRole('columnheader', { name: /^Antal / })).toHaveCount(2);
  for (const header of await kindsTable.getByRole('columnheader', { name: /^(Antal|Andel) / }).all()) await expect(header).toHaveCSS('text-align', 'right');
  await expect(kindsTable.getByRole('row', { name: /^Klageforhold / }).getByRole('cell').first()).toHaveCSS('text-align', 'right');
  await expect(kindsTable.locator('tfoot').getByRole('rowheader')).toHaveText('I alt');
  const firstContact = page.getByRole('table', { name: 'Svartider' }).getByRole('rowheader', { name: /Første kontakt/ });
  await expect(firstContact).toHaveAttribute('scope', 'rowgroup');
  await expect(firstContact).toHaveAttribute('rowspan', '2');

  // The choice is kept in the route: a reload shows the same figures.
  await page.reload();
  await expectHeadline(page);
});

test('the council viewer is offered no free preview, only the published reports', async ({ page }) => {
  const previews: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/graphql') && (request.postData() ?? '').includes('reportPreview')) previews.push(request.url());
  });
  await logIn(page, 'council@lejre.demo');
  await openPublished(page);
  await expect(page.getByText('Her læser du kommunens udgivne beretninger og opfølgningsnotater', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Kalenderår')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Talmateriale' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Borgerrådgiverens beretning 2019' })).toBeVisible();
  expect(previews).toEqual([]);
});

test('the advisor reads the preview in English', async ({ page }) => {
  await logIn(page, 'advisor@lejre.demo');
  await openPreviewFor2019(page);
  await expectHeadline(page);

  // In English: the same figures, a decimal point in the tables, the chart's "other" bar in English.
  await page.getByLabel('Sprog').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Annual reports' })).toBeVisible();
  await expect(page.getByText('Figures for 2019 (2018 in parentheses)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key figures' }).getByText('192 (174)', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inquiries by kind' }).getByRole('row', { name: /^Complaint.* 151 78\.6 123 70\.7$/ })).toBeVisible();
  await expect(page.locator('[data-chart="categories"] svg')).toContainText(/Other \(\d+ types\)/);
});

test('the advisor creates the 2023 report, generates it with progress shown, downloads the PDF and publishes it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await logIn(page, 'advisor@lejre.demo');
  // 2019 is published by the demo seed: the advisor sees it as it is, not to be made again.
  await openPreviewFor2019(page);
  await expectHeadline(page);
  await expect(page.getByRole('region', { name: 'Beretning', exact: true }).getByTestId('report-status')).toHaveText('Udgivet');
  await openPreviewFor(page, 2023);
  await expect(page.locator('[data-chart="categories"] svg')).toBeVisible();
  await expect(page.locator('[data-chart="outcomes"] svg')).toBeVisible();

  const report = page.getByRole('region', { name: 'Beretning', exact: true });
  await expect(report.getByText('Der er endnu ingen beretning for perioden.')).toBeVisible();
  await report.getByRole('button', { name: 'Opret beretning' }).click();
  await expect(report.getByText('Beretning 2023', { exact: true })).toBeVisible();
  await expect(report.getByTestId('report-status')).toHaveText('Kladde');

  await report.getByRole('button', { name: 'Generér beretning' }).click();
  const progress = report.getByRole('progressbar', { name: 'Generering af version 1' });
  await expect(progress).toBeVisible();
  await expect(report.getByTestId('report-status')).toHaveText('Klar', { timeout: 60_000 });
  await expect(progress).toHaveAttribute('value', '100');

  const downloading = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Hent PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('beretning-2023-v1.pdf');
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(5_000);
  await expect(report.getByRole('button', { name: 'Hent DOCX' })).toBeEnabled();
  await expect(report.getByRole('button', { name: 'Hent XLSX' })).toBeEnabled();

  await report.getByRole('button', { name: 'Udgiv' }).click();
  await expect(report.getByTestId('report-status')).toHaveText('Udgivet');
  await expect(report.getByRole('button', { name: 'Generér beretning' })).toHaveCount(0);

  // The council viewer now sees the published report and may download it, but not generate or publish.
  const council = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const councilPage = await council.newPage();
    await logIn(councilPage, 'council@lejre.demo');
    await openPublished(councilPage);
    // The newest published report is opened.
    const published = councilPage.getByRole('region', { name: 'Beretning 2023', exact: true });
    await expect(published.getByTestId('report-status')).toHaveText('Udgivet');
    await expect(published.getByRole('button', { name: 'Hent PDF' })).toBeVisible();
    await expect(published.getByRole('button', { name: 'Generér beretning' })).toHaveCount(0);
    await expect(published.getByRole('button', { name: 'Udgiv' })).toHaveCount(0);
  } finally {
    await council.close();
  }
});
