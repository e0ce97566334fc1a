import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readDownload } from './download';
import { logIn } from './log-in';

test("the citizen log export asks for a citizen, and shows the API's refusal in its summary and at the field", async ({ page }) => {
  await logIn(page, 'admin@lejre.demo');
  await page.goto('/#/audit-log');
  const exportForm = page.getByRole('form', { name: 'Alle hændelser om en borger' });
  const citizenId = exportForm.getByLabel('Borger-id');
  const summary = exportForm.getByRole('alert', { name: 'Der er et problem' });
  const send = exportForm.getByRole('button', { name: 'Hent som CSV' });

  await send.click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Borger-id skal udfyldes']);
  await expect(citizenId).toHaveAttribute('aria-invalid', 'true');
  await expect(citizenId).toHaveAccessibleDescription('Udfyld feltet.');

  await citizenId.fill('ikke-et-id');
  await send.click();
  await expect(summary.getByRole('link')).toHaveText(['Borger skal være et gyldigt id']);
  await expect(citizenId).toHaveAccessibleDescription('Borger skal være et gyldigt id');

  await citizenId.fill('00000000-0000-4000-8000-000000000000');
  await send.click();
  await expect(summary.getByRole('link')).toHaveText(['Borgeren findes ikke']);
  await summary.getByRole('link').click();
  await expect(citizenId).toBeFocused();
  await expect(exportForm.getByRole('status')).toHaveText('');
});

test('the tenant admin reads the log in sentences, filters it to one citizen and exports that as a Danish CSV', async ({ page, browser }) => {
  // The advisor opens an inquiry: an event about its citizen.
  const advisor = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  let reference = '';
  try {
    const advisorPage = await advisor.newPage();
    await logIn(advisorPage, 'advisor@lejre.demo');
    await advisorPage.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Henvendelser' }).click();
    const first = advisorPage.getByRole('table').getByRole('link').first();
    reference = (await first.textContent())?.trim() ?? '';
    expect(reference).toMatch(/^LEJ-/);
    await first.click();
    await expect(advisorPage.getByRole('heading', { level: 1 })).toContainText(reference);
  } finally {
    await advisor.close();
  }

  await logIn(page, 'admin@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log' })).toBeVisible();
  const read = page.getByRole('row').filter({ hasText: `Rådgiver Mette Lund åbnede henvendelse ${reference}` }).first();
  await expect(read).toBeVisible();

  // The citizen's events only, newest first, each a sentence.
  await read.getByRole('button', { name: 'Borgerens log' }).click();
  await expect(page.getByLabel('Borger-id').first()).not.toHaveValue('');
  const sentences = page.getByTestId('audit-sentence');
  await expect(sentences.first()).toHaveText(`Rådgiver Mette Lund åbnede henvendelse ${reference}`);
  for (const sentence of await sentences.all()) await expect(sentence).toHaveText(/^(Rådgiver|Administrator|Kontaktperson|Byrådsmedlem|Systemet) /);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér som CSV' }).click();
  const csv = await readDownload(await downloading);
  const rows: string[][] = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';' });
  expect(rows[0]).toEqual(['Dato', 'Klokkeslæt', 'Hændelse', 'Bruger', 'Rolle', 'Handling', 'Emnetype', 'Emne', 'Emne-id']);
  expect(rows.length).toBe((await sentences.count()) + 1);
  expect(rows[1][0]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  expect(rows[1][2]).toBe(`Rådgiver Mette Lund åbnede henvendelse ${reference}`);
});
