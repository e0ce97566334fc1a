import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { invitationPath } from './caught-mail';
import { REQUIRED, SUMMARY, summaryLine } from './error-summary';
import { arrowToOption, countPointerInput, logInByKeyboard, pointerInputCount, tabTo } from './keyboard';
import { logIn } from './log-in';

const OPERATOR = 'operator@raadgiver.demo';

/** WCAG 2.1 A and AA as axe checks them, on the page as it is now (a dialog open, its errors shown). */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The focused element shows the focus ring the keyboard user sees. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  expect(await target.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(outline.style !== 'none' && outline.width > 0 || outline.shadow !== 'none').toBe(true);
}

/** The first municipality of the reference list that is not on the platform yet, by its option's text. */
async function aMunicipalityNotOnThePlatform(select: Locator): Promise<string> {
  const names = await select.locator('option').allTextContents();
  const name = names.slice(1).find((text) => !text.includes('(findes allerede)'));
  if (!name) throw new Error('Every municipality is on the platform already');
  return name;
}

test('the operator creates a municipality from the reference list; its invited admin joins and logs in; deactivated, the admin cannot', async ({ page, browser }) => {
  // The whole journey of two people in two browsers, with an e-mail in between.
  test.setTimeout(150_000);
  const email = `admin-${Date.now()}@kommune.test`;
  const password = 'en-lang-nok-adgangskode';
  await logIn(page, OPERATOR);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kommuner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kommuner' })).toBeVisible();
  const tenants = page.getByRole('table', { name: 'Kommuner på platformen' });
  await expect(tenants.getByRole('row', { name: /Lejre Kommune/ })).toContainText('Aktiv');

  await page.getByRole('button', { name: 'Opret kommune' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opret en kommune' });
  const municipality = dialog.getByLabel('Kommune', { exact: true });
  // A municipality already on the platform is refused at the field.
  await municipality.selectOption({ label: 'Lejre (findes allerede)' });
  await expect(municipality).toHaveAccessibleDescription('Kommunekode 350, Region Sjælland.');
  await dialog.getByLabel('Sammenligningsgruppe').selectOption({ label: 'Landkommuner' });
  await dialog.getByLabel('Administratorens e-mail').fill(email);
  await dialog.getByLabel('Administratorens navn').fill('Første Administrator');
  await dialog.getByRole('button', { name: 'Opret og send invitation' }).click();
  await expect(municipality).toHaveAccessibleDescription(/Kommunen er allerede oprettet/);
  await expect(dialog.getByRole('alert', { name: SUMMARY }).getByRole('link')).toHaveText(['Kommunen er allerede oprettet']);

  const name = await aMunicipalityNotOnThePlatform(municipality);
  await municipality.selectOption({ label: name });
  await expect(municipality).toHaveAccessibleDescription(/^Kommunekode \d{3}, Region /);
  await dialog.getByLabel(/^Indbyggertal \(/).fill('42000');
  await dialog.getByLabel('Indbyggertal for året').fill('2025');
  await dialog.getByRole('button', { name: 'Opret og send invitation' }).click();
  const tenantName = name === 'Bornholm' ? 'Bornholms Regionskommune' : `${name} Kommune`;
  await expect(page.getByRole('status')).toHaveText(`${tenantName} er oprettet, og invitationen er sendt til ${email}.`);
  const row = tenants.getByRole('row', { name: new RegExp(tenantName) });
  await expect(row).toContainText('Landkommuner');
  await expect(row).toContainText('Aktiv');
  await expect(row).toContainText('Ingen endnu');

  // The invited admin accepts through the e-mailed link, in a browser of their own, and logs in to the new municipality.
  const theirs = await browser.newContext();
  const admin = await theirs.newPage();
  await admin.goto(await invitationPath(email));
  await expect(admin.getByText(`Du er inviteret til ${tenantName} som administrator.`)).toBeVisible();
  await admin.getByLabel('Vælg en adgangskode').fill(password);
  await admin.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(admin.getByRole('status')).toHaveText(`Du er nu med i ${tenantName}. Log ind for at fortsætte.`);
  await logIn(admin, email, password);
  await expect(admin.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  await expect(admin.getByRole('banner')).toContainText(tenantName);

  // The operator sees the use: one active user, who has just logged in.
  await page.reload();
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await expect(row).not.toContainText('Ingen endnu');

  // Deactivated: the admin's session ends, and a new login gets into no municipality.
  await page.getByRole('button', { name: `Deaktiver ${tenantName}` }).click();
  await page.getByRole('dialog', { name: `Deaktiver ${tenantName}?` }).getByRole('button', { name: 'Deaktiver' }).click();
  await expect(page.getByRole('status')).toHaveText(`${tenantName} er deaktiveret.`);
  await expect(row).toContainText('Deaktiveret');

  const noAccess = async () => {
    await expect(admin.getByText('Din bruger har ingen adgang til sider i denne kommune.')).toBeVisible();
    await expect(admin.getByRole('banner')).toContainText('Ingen kommune valgt');
    await expect(admin.getByRole('heading', { level: 1, name: 'Organisation' })).toHaveCount(0);
    await expect(admin.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link')).toHaveCount(0);
  };
  await admin.reload();
  await noAccess();
  await admin.getByRole('button', { name: 'Log ud' }).click();
  await logIn(admin, email, password);
  await noAccess();

  // Reactivated, the admin works in it again.
  await page.getByRole('button', { name: `Genaktiver ${tenantName}` }).click();
  await expect(page.getByRole('status')).toHaveText(`${tenantName} er genaktiveret.`);
  await admin.getByRole('button', { name: 'Log ud' }).click();
  await logIn(admin, email, password);
  await expect(admin.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  await theirs.close();
});

test('the create journey by keyboard alone: the focus shows, and an empty submit moves it to the error summary', async ({ page }) => {
  await countPointerInput(page);
  await logInByKeyboard(page, OPERATOR);
  const menuLink = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kommuner' });
  await tabTo(page, menuLink);
  await expectVisibleFocus(menuLink);
  await page.keyboard.press('Enter');
  const create = page.getByRole('button', { name: 'Opret kommune' });
  await tabTo(page, create, 40);
  await expectVisibleFocus(create);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Opret en kommune' });
  const municipality = dialog.getByLabel('Kommune', { exact: true });
  await expectVisibleFocus(municipality);
  const submit = dialog.getByRole('button', { name: 'Opret og send invitation' });
  await tabTo(page, submit);
  await expectVisibleFocus(submit);
  await page.keyboard.press('Enter');
  const summary = dialog.getByRole('alert', { name: SUMMARY });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    summaryLine('Kommune', 'Vælg en kommune.'),
    summaryLine('Sammenligningsgruppe', 'Vælg en sammenligningsgruppe.'),
    summaryLine('Administratorens e-mail', REQUIRED),
    summaryLine('Administratorens navn', REQUIRED),
  ]);

  // From the summary's first link to its field, then the form filled and sent with the keyboard.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(summary.getByRole('link').first());
  await page.keyboard.press('Enter');
  await expect(municipality).toBeFocused();
  const name = await aMunicipalityNotOnThePlatform(municipality);
  await arrowToOption(page, municipality, new RegExp(`^${name}$`), 120);
  await page.keyboard.press('Tab');
  const peerGroup = dialog.getByLabel('Sammenligningsgruppe');
  await expectVisibleFocus(peerGroup);
  await arrowToOption(page, peerGroup, /^Provinsbykommuner$/);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(dialog.getByLabel('Administratorens e-mail'));
  await page.keyboard.type(`tastatur-${Date.now()}@kommune.test`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Tastatur Administrator');
  await page.keyboard.press('Enter');
  const tenantName = name === 'Bornholm' ? 'Bornholms Regionskommune' : `${name} Kommune`;
  await expect(page.getByRole('status')).toContainText(`${tenantName} er oprettet`);
  await expect(dialog).toHaveCount(0);
  expect(await pointerInputCount(page)).toBe(0);
});

test('each operator form sent empty says each required field’s message at the field and in the summary', async ({ page }) => {
  await logIn(page, OPERATOR);
  await page.goto('/#/tenants');
  await page.getByRole('button', { name: 'Opret kommune' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opret en kommune' });
  await dialog.getByRole('button', { name: 'Opret og send invitation' }).click();
  const expected: [string, string][] = [
    ['Kommune', 'Vælg en kommune.'],
    ['Sammenligningsgruppe', 'Vælg en sammenligningsgruppe.'],
    ['Administratorens e-mail', REQUIRED],
    ['Administratorens navn', REQUIRED],
  ];
  await expect(dialog.getByRole('alert', { name: SUMMARY }).getByRole('link')).toHaveText(expected.map(([label, message]) => summaryLine(label, message)));
  for (const [label, message] of expected) {
    const field = dialog.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
  }
  // The optional population goes with its year.
  await dialog.getByLabel(/^Indbyggertal \(/).fill('1000');
  await dialog.getByRole('button', { name: 'Opret og send invitation' }).click();
  await expect(dialog.getByLabel('Indbyggertal for året')).toHaveAccessibleDescription(/Udfyld både indbyggertal og år, eller ingen af dem\./);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Annuller' }).click();

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Landsdækkende klagetyper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Landsdækkende klagetyper' })).toBeVisible();
  await page.getByRole('button', { name: 'Ny version' }).click();
  const version = page.getByRole('dialog', { name: /^Ny version \d+$/ });
  await version.getByRole('button', { name: 'Opret version' }).click();
  const versionFields: [string, string][] = [
    ['Slags', 'Vælg en slags.'],
    ['Kode', REQUIRED],
    ['Dansk navn', REQUIRED],
    ['Engelsk navn', REQUIRED],
  ];
  const versionSummary = version.getByRole('alert', { name: SUMMARY });
  await expect(versionSummary).toBeFocused();
  await expect(versionSummary.getByRole('link')).toHaveText(versionFields.map(([label, message]) => summaryLine(label, message)));
  for (const [label, message] of versionFields) {
    const field = version.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
  }
  await expectNoAxeViolations(page);
});

test('the operator adds a national taxonomy version: the newest with a code more, the older ones as they were', async ({ page }) => {
  const code = `digital_${Date.now()}`;
  await logIn(page, OPERATOR);
  await page.goto('/#/taxonomy');
  const newestHeading = page.getByRole('heading', { level: 2, name: /\(nyeste\)$/ });
  const before = Number((await newestHeading.textContent())?.match(/Version (\d+)/)?.[1]);
  await page.getByRole('button', { name: 'Ny version' }).click();
  const dialog = page.getByRole('dialog', { name: `Ny version ${before + 1}` });
  await dialog.getByLabel('Slags').selectOption({ label: 'Klagetype' });
  // A code the newest version has for the kind is refused at the field.
  await dialog.getByLabel('Kode', { exact: true }).fill('other');
  await dialog.getByLabel('Dansk navn').fill('Digital tilgængelighed');
  await dialog.getByLabel('Engelsk navn').fill('Digital access');
  await dialog.getByRole('button', { name: 'Opret version' }).click();
  await expect(dialog.getByLabel('Kode', { exact: true })).toHaveAccessibleDescription(/Den nyeste version har allerede koden for denne slags\./);
  await dialog.getByLabel('Kode', { exact: true }).fill(code);
  await dialog.getByRole('button', { name: 'Opret version' }).click();
  await expect(page.getByRole('status')).toHaveText(`Version ${before + 1} er oprettet.`);
  await expect(newestHeading).toHaveText(`Version ${before + 1} (nyeste)`);
  await expect(page.getByRole('table', { name: `Koderne i version ${before + 1}` }).getByRole('row', { name: /Digital tilgængelighed/ })).toContainText(code);
  await expect(page.getByRole('table', { name: `Koderne i version ${before}` }).getByRole('row', { name: /Digital tilgængelighed/ })).toHaveCount(0);
});
