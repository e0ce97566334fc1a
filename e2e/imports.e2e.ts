import { expect, test } from '@playwright/test';
import { readDownload } from './download';
import { logIn } from './log-in';

const HEADER = 'sagsnummer;modtaget;borger;type;enhed;forhold;udfald;foelgesag_til;foerste_kontakt;afsluttet;resume';

test('an advisor imports a small CSV, sees the progress reach done, and exports the list again', async ({ page }) => {
  const marker = Date.now().toString(36);
  const csv = [
    HEADER,
    `IMP-${marker}-1;2020-02-03;IMPB-${marker};klageforhold;Jobcenter;Aktindsigt;Kritik;;2020-02-05;2020-03-01;"Importeret ""æøå"" 😀"`,
    `IMP-${marker}-2;04-02-2020;IMPB-${marker};vejledning;;;;IMP-${marker}-1;;;Følgesag`,
  ].join('\n');

  await logIn(page, 'advisor@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles({ name: 'henvendelser.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Importér' }).click();

  await expect(page.getByText('Importen er færdig: 2 indsat, 0 fandtes allerede.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar', { name: 'Fremdrift' })).toHaveAttribute('value', '100');
  // The list of earlier imports shows it, newest first: file, who, rows inserted and status.
  const history = page.getByRole('table', { name: 'Tidligere importer' });
  await expect(history.getByRole('row').nth(1)).toContainText('henvendelser.csv');
  await expect(history.getByRole('row').nth(1)).toContainText('Gennemført');

  // The same file again adds nothing.
  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(page.getByText('Importen er færdig: 0 indsat, 2 fandtes allerede.')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Henvendelser' }).click();
  await page.getByLabel('Søg i sagsnummer og resumé').fill(`IMP-${marker}`);
  await expect(page.getByText('Viser 2 af 2')).toBeVisible();
  // Newest first by default; the reference column sorts ascending, then descending.
  const references = page.getByRole('row').getByRole('link', { name: new RegExp(`^IMP-${marker}`) });
  await expect(references).toHaveText([`IMP-${marker}-2`, `IMP-${marker}-1`]);
  await page.getByRole('button', { name: 'Sagsnummer' }).click();
  await expect(page.getByRole('columnheader', { name: 'Sagsnummer' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(references).toHaveText([`IMP-${marker}-1`, `IMP-${marker}-2`]);
  await expect(page).toHaveURL(/sort=REFERENCE_ASC/);
  await page.getByRole('button', { name: 'Sagsnummer' }).click();
  await expect(references).toHaveText([`IMP-${marker}-2`, `IMP-${marker}-1`]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér CSV' }).click();
  const exported = await readDownload(await download);
  expect(exported).toContain(`IMP-${marker}-1`);
  expect(exported).toContain(`IMP-${marker}-2`);
  expect(exported).toContain('æøå');
});

test('a file with bad rows is rejected whole, with every bad row listed', async ({ page }) => {
  const marker = Date.now().toString(36);
  const csv = [
    HEADER,
    `BAD-${marker}-1;2020-02-30;B-${marker};klageforhold;Jobcenter;Aktindsigt;;;;;Dato findes ikke`,
    `BAD-${marker}-2;2020-02-03;B-${marker};ukendt;Jobcenter;;;;;;Ukendt type`,
    `BAD-${marker}-3;2020-02-03;B-${marker};vejledning;;;;;;;God række`,
  ].join('\n');

  await logIn(page, 'advisor@lejre.demo');
  await page.goto('/#/import');
  await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles({ name: 'fejl.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Importér' }).click();

  await expect(page.getByText(/^Filen blev afvist, og intet er gemt\./)).toBeVisible({ timeout: 30_000 });
  const errors = page.getByRole('table', { name: 'Fejl i filen' });
  await expect(errors.getByRole('row').filter({ hasText: 'modtaget' })).toHaveCount(1);
  await expect(errors.getByRole('row').filter({ hasText: 'type' })).toHaveCount(1);
  await expect(errors.getByRole('row', { name: /^2 / })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^3 / })).toBeVisible();
  // The reasons in Danish, each naming the column as the file's header wrote it.
  await expect(errors.getByText('"2020-02-30" i modtaget er ikke en rigtig dato som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ')).toBeVisible();
  await expect(errors.getByText(/^"ukendt" i type er ikke en af /)).toBeVisible();

  await page.goto(`/#/inquiries?q=BAD-${marker}`);
  await expect(page.getByText('Ingen henvendelser passer til filtrene.')).toBeVisible();
});

test('the upload form asks for a file in its error summary and at the field, and shows the API refusal the same way', async ({ page }) => {
  await logIn(page, 'advisor@lejre.demo');
  await page.goto('/#/import');
  const fileInput = page.getByLabel('Fil (CSV eller XLSX)');
  const summary = page.getByRole('alert', { name: 'Der er et problem' });

  // Sent without a file: nothing is uploaded; the summary takes the focus and links to the field, which says the same.
  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Fil (CSV eller XLSX): Vælg en fil.']);
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(fileInput).toHaveAccessibleDescription('Vælg en fil.');
  await summary.getByRole('link', { name: 'Fil (CSV eller XLSX): Vælg en fil.' }).click();
  await expect(fileInput).toBeFocused();
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // An empty file passes the browser's check; the API's Danish refusal names the field and lands there too.
  await fileInput.setInputFiles({ name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Filen er tom']);
  await expect(fileInput).toHaveAccessibleDescription('Filen er tom');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});
