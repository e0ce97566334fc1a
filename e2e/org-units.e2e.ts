import { expect, test, type Page } from '@playwright/test';
import { logIn } from './log-in';

async function openOrganisation(page: Page) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
}

test('a tenant admin renames a department and sees the old name in its history; another municipality never sees it', async ({
  page,
}) => {
  const oldName = 'Veje og Trafik';
  const newName = `Vej, Park og Trafik ${Date.now().toString(36)}`;

  await logIn(page, 'admin@lejre.demo');
  await openOrganisation(page);

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
  await openOrganisation(page);
  const tree = page.getByRole('list', { name: 'Organisationstræ' });
  await expect(tree.getByRole('button', { name: 'Socialområdet', exact: true })).toBeVisible();
  await expect(page.getByText(newName)).toHaveCount(0);
  await expect(page.getByText(oldName)).toHaveCount(0);
});

test('a tenant admin adds, moves, merges and closes units, with the API error next to its field', async ({ page }) => {
  const name = 'Rusmiddelcenter';
  await logIn(page, 'admin@lyngby-taarbaek.demo');
  await openOrganisation(page);
  const tree = page.getByRole('list', { name: 'Organisationstræ' });
  const history = page.getByRole('region', { name: 'Historik' });

  await tree.getByRole('button', { name: 'Center for Social Indsats (CSI)' }).click();
  await page.getByRole('button', { name: 'Tilføj enhed' }).click();
  let dialog = page.getByRole('dialog', { name: 'Tilføj enhed' });
  await expect(dialog.getByLabel('Overordnet enhed')).toHaveValue(/.+/);
  const nameField = dialog.getByLabel('Navn', { exact: true });
  await nameField.fill('   ');
  await dialog.getByRole('button', { name: 'Tilføj enhed' }).click();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toHaveAccessibleDescription(/.+/);
  await nameField.fill(name);
  await dialog.getByRole('button', { name: 'Tilføj enhed' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`${name} er oprettet.`);
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Flyt', exact: true }).click();
  dialog = page.getByRole('dialog', { name: `Flyt ${name}` });
  await dialog.getByLabel('Ny overordnet enhed').selectOption({ label: 'Øverste niveau' });
  await dialog.getByRole('button', { name: 'Flyt', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(history.getByText('Flyttet fra Center for Social Indsats til Øverste niveau')).toBeVisible();

  await page.getByRole('button', { name: 'Læg sammen', exact: true }).click();
  dialog = page.getByRole('dialog', { name: `Læg enheder sammen i ${name}` });
  await dialog.getByLabel('Ungeenheden').check();
  await dialog.getByRole('button', { name: 'Læg sammen', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(history.getByText('Ungeenheden er lagt ind i denne enhed')).toBeVisible();
  await expect(tree.getByRole('button', { name: /^Ungeenheden – lukket/ })).toBeVisible();

  await page.getByRole('button', { name: 'Luk enhed', exact: true }).click();
  dialog = page.getByRole('dialog', { name: `Luk ${name}` });
  await dialog.getByRole('button', { name: 'Luk enhed', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(history.getByText('Lukket', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Omdøb', exact: true })).toBeDisabled();

  await page.getByLabel('Vis lukkede enheder').uncheck();
  await expect(tree.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0);
  await expect(tree.getByRole('button', { name: 'Jobcenter', exact: true })).toBeVisible();
});

test('a form submitted empty lists every required field in the error summary, which links to the fields', async ({ page }) => {
  await logIn(page, 'admin@norddjurs.demo');
  await openOrganisation(page);
  await page.getByRole('button', { name: 'Socialområdet', exact: true }).click();
  await page.getByRole('button', { name: 'Omdøb', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Omdøb Socialområdet' });
  const name = dialog.getByLabel('Navn', { exact: true });
  const effectiveDate = dialog.getByLabel('Gældende fra');
  await name.fill('');
  await effectiveDate.fill('');
  await dialog.getByRole('button', { name: 'Omdøb', exact: true }).click();

  const summary = dialog.getByRole('alert', { name: 'Der er et problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Navn skal udfyldes', 'Gældende fra skal udfyldes']);
  for (const field of [name, effectiveDate]) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription('Udfyld feltet.');
  }
  await summary.getByRole('link').nth(1).click();
  await expect(effectiveDate).toBeFocused();
  await summary.getByRole('link').first().click();
  await expect(name).toBeFocused();
});

test("a tenant admin writes a note on a unit; the API's refusal of a CPR number stands in Danish at the note field", async ({ page }) => {
  const unit = 'Byggeri og Miljø';
  const note = 'Byggesager om landzone går til planafdelingen.';
  await logIn(page, 'admin@lejre.demo');
  await openOrganisation(page);
  await page.getByRole('button', { name: unit, exact: true }).click();
  await page.getByRole('button', { name: 'Notat', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: `Notat om ${unit}` });
  const field = dialog.getByLabel(/^Notat/);
  await field.fill('Ring til borgeren 010190-1234');
  await dialog.getByRole('button', { name: 'Gem notat' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Notat ligner et CPR-nummer, og CPR-numre gemmes ikke her/);

  await field.fill(note);
  await dialog.getByRole('button', { name: 'Gem notat' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Notatet om ${unit} er gemt.`);
  await expect(page.getByRole('definition').filter({ hasText: note })).toBeVisible();
});
