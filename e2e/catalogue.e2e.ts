import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REQUIRED, SUMMARY, summaryLine } from './error-summary';
import { apiLogIn, graphql } from './api';
import { invitationPath } from './caught-mail';
import { countPointerInput, logInByKeyboard, pointerInputCount, tabTo } from './keyboard';
import { DEMO_PASSWORD, logIn } from './log-in';

// Whole journeys of two people (the admin and an advisor in a browser of their own): more than the default minute.
test.describe.configure({ timeout: 180_000 });

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function openMenuPage(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Adds categories through the API as Lejre's tenant admin, each mapped to the national taxonomy's first category. */
async function addCategories(request: APIRequestContext, names: string[]) {
  const token = await apiLogIn(request, 'admin@lejre.demo', DEMO_PASSWORD);
  const { nationalTaxonomy } = await graphql<{ nationalTaxonomy: { entries: { kind: string; code: string }[] } }>(request, '{ nationalTaxonomy { entries { kind code } } }');
  const code = nationalTaxonomy.entries.find((entry) => entry.kind === 'category')!.code;
  for (const name of names) {
    await graphql(request, 'mutation ($input: CreateCatalogEntryInput!) { createCategory(input: $input) { id } }', { input: { name, nationalCode: code } }, token);
  }
}

/** Sent empty, the add dialog says what is missing at each field and in its summary, which takes the focus. */
async function expectEmptySubmitRefused(page: Page, dialogName: string, submit: string, nationalLabel: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: submit }).click();
  const summary = dialog.getByRole('alert', { name: SUMMARY });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([summaryLine('Navn', REQUIRED), summaryLine(nationalLabel, REQUIRED)]);
  await expect(dialog.getByLabel('Navn')).toHaveAccessibleDescription(REQUIRED);
  await expect(dialog.getByLabel(nationalLabel)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel(nationalLabel)).toHaveAccessibleDescription(new RegExp(REQUIRED.replace('.', '\\.')));
  // WCAG 2.1 A and AA as axe checks them, with the dialog open and its errors shown.
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  return dialog;
}

test('the tenant admin adds a category mapped to the national taxonomy and invites an advisor, who registers an inquiry with it', async ({ page, browser }) => {
  const category = `Manglende partshøring ${unique()}`;
  const email = `raadgiver-${unique()}@lejre.test`;
  const password = 'en-lang-nok-adgangskode';
  const reference = `KAT-${unique()}`;

  await logIn(page, 'admin@lejre.demo');
  await openMenuPage(page, 'Klagetyper');
  const table = page.getByRole('table', { name: 'Klagetyper i rækkefølge' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  // Sent empty, the form says what is missing at each field and in its summary.
  await page.getByRole('button', { name: 'Tilføj klagetype' }).click();
  const dialog = await expectEmptySubmitRefused(page, 'Ny klagetype', 'Tilføj klagetype', 'National klagetype');

  await dialog.getByLabel('Navn').fill(category);
  const national = dialog.getByLabel('National klagetype');
  await national.selectOption({ index: 1 });
  const nationalName = (await national.locator('option:checked').textContent())!;
  await dialog.getByRole('button', { name: 'Tilføj klagetype' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'oprettet' })).toHaveText(`Klagetypen ${category} er oprettet.`);
  const row = table.getByRole('row', { name: new RegExp(category) });
  await expect(row).toContainText(nationalName);
  await expect(row).toContainText('Aktiv');
  // The new one is last in the list.
  await expect(table.getByRole('row').last()).toContainText(category);

  // The invitation, as on the users page.
  await openMenuPage(page, 'Brugere');
  await page.getByRole('button', { name: 'Inviter bruger' }).click();
  const invite = page.getByRole('dialog', { name: 'Inviter en bruger' });
  await invite.getByLabel('E-mail').fill(email);
  await invite.getByLabel('Navn').fill('Ny Rådgiver');
  await invite.getByLabel('Borgerrådgiver').check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status')).toHaveText(`Invitationen til ${email} er sendt.`);

  // The invited person accepts through the e-mailed link, in a browser of their own, and registers an inquiry.
  const theirs = await browser.newContext();
  const advisor = await theirs.newPage();
  await advisor.goto(await invitationPath(email));
  await advisor.getByLabel('Vælg en adgangskode').fill(password);
  await advisor.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(advisor.getByRole('status')).toHaveText('Du er nu med i Lejre Kommune. Log ind for at fortsætte.');
  await logIn(advisor, email, password);
  await advisor.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await expect(advisor.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
  await advisor.getByLabel('Sagsnummer').fill(reference);
  const citizen = advisor.getByRole('combobox', { name: 'Borger' });
  await citizen.fill(`Borger ${reference}`);
  await citizen.press('ArrowDown');
  await citizen.press('Enter');
  await advisor.getByLabel('Borgerreference').fill(`B-${reference}`);
  await advisor.getByLabel('Borgerreference').press('Enter');
  await expect(citizen).toHaveValue(`Borger ${reference} (B-${reference})`);
  await advisor.getByRole('checkbox', { name: category }).check();
  await advisor.getByLabel('Resumé').fill('Klage over en afgørelse om hjælpemidler.');
  await advisor.getByRole('button', { name: 'Gem henvendelse' }).click();
  await expect(advisor.getByRole('status')).toHaveText(`Henvendelsen ${reference} er registreret.`);
  await advisor.getByRole('link', { name: reference, exact: true }).click();
  await expect(advisor.getByRole('heading', { level: 1, name: reference })).toBeVisible();
  await expect(advisor.getByText(category)).toBeVisible();
  await theirs.close();
});

test('the tenant admin reorders categories and deactivates one, which the registration form then no longer offers', async ({ page, browser, request }) => {
  const first = `Første ${unique()}`;
  const second = `Anden ${unique()}`;
  await addCategories(request, [first, second]);

  await logIn(page, 'admin@lejre.demo');
  await openMenuPage(page, 'Klagetyper');
  const table = page.getByRole('table', { name: 'Klagetyper i rækkefølge' });
  const names = () => table.getByRole('rowheader').allTextContents();
  await expect.poll(async () => (await names()).slice(-2)).toEqual([first, second]);

  // Moved up, the second goes before the first; the focus stays on its button.
  const moveUp = page.getByRole('button', { name: `Flyt ${second} op` });
  await moveUp.click();
  await expect.poll(async () => (await names()).slice(-2)).toEqual([second, first]);
  const count = (await names()).length;
  await expect(page.getByRole('status').first()).toHaveText(`${second} står nu som nr. ${count - 1} af ${count}.`);
  await expect(moveUp).toBeFocused();
  // The last one cannot move further down.
  await expect(page.getByRole('button', { name: `Flyt ${first} ned` })).toBeDisabled();
  await page.reload();
  await expect.poll(async () => (await names()).slice(-2)).toEqual([second, first]);

  await page.getByRole('button', { name: `Deaktiver ${first}` }).click();
  await expect(page.getByRole('status').first()).toHaveText(`${first} er deaktiveret og tilbydes ikke længere på nye henvendelser.`);
  await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText('Deaktiveret');
  await expect(page.getByRole('button', { name: `Genaktiver ${first}` })).toBeVisible();

  const theirs = await browser.newContext();
  const advisor = await theirs.newPage();
  await logIn(advisor, 'advisor@lejre.demo');
  await advisor.goto('/#/inquiries/new');
  await expect(advisor.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
  const offered = advisor.getByRole('group', { name: /Klagetyper/ }).getByRole('checkbox');
  await expect(offered.filter({ hasText: second }).or(advisor.getByRole('checkbox', { name: second }))).toBeVisible();
  await expect(advisor.getByRole('checkbox', { name: first })).toHaveCount(0);
  // In the new order: the second before the last of the others.
  const labels = await offered.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
  expect(labels.at(-1)).toBe(second);
  await theirs.close();
});

test('the outcomes page: sent empty it names the missing fields, and a new outcome is added at the end', async ({ page }) => {
  const outcome = `Henvist til ankeinstans ${unique()}`;
  await logIn(page, 'admin@lejre.demo');
  await openMenuPage(page, 'Udfald');
  await page.getByRole('button', { name: 'Tilføj udfald' }).click();
  const dialog = await expectEmptySubmitRefused(page, 'Nyt udfald', 'Tilføj udfald', 'Nationalt udfald');

  await dialog.getByLabel('Navn').fill(outcome);
  await dialog.getByLabel('Nationalt udfald').selectOption({ index: 1 });
  await dialog.getByRole('button', { name: 'Tilføj udfald' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`Udfaldet ${outcome} er oprettet.`);
  await expect(page.getByRole('table', { name: 'Udfald i rækkefølge' }).getByRole('row').last()).toContainText(outcome);
});

test('the category journey by keyboard alone: focus is visible, and a failed submit moves the focus to the summary', async ({ page }) => {
  const category = `Tastatur ${unique()}`;
  await countPointerInput(page);
  await logInByKeyboard(page, 'admin@lejre.demo');
  const link = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Klagetyper', exact: true });
  await tabTo(page, link, 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Klagetyper' })).toBeVisible();

  const add = page.getByRole('button', { name: 'Tilføj klagetype' });
  await tabTo(page, add, 40);
  await expect(add).toHaveCSS('outline-style', /solid|auto|dashed/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ny klagetype' });
  const name = dialog.getByLabel('Navn');
  await expect(name).toBeFocused();
  // Enter in an empty form: the summary takes the focus, and each of its links leads to its field.
  await page.keyboard.press('Enter');
  const summary = dialog.getByRole('alert', { name: SUMMARY });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveCSS('outline-style', /solid|auto|dashed/);
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await page.keyboard.type(category);
  await page.keyboard.press('Tab');
  const national = dialog.getByLabel('National klagetype');
  await expect(national).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(national).not.toHaveValue('');
  await tabTo(page, dialog.getByRole('button', { name: 'Tilføj klagetype' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').first()).toHaveText(`Klagetypen ${category} er oprettet.`);
  await expect(dialog).toBeHidden();

  // Moved up by keyboard, the focus stays on the same button.
  const moveUp = page.getByRole('button', { name: `Flyt ${category} op` });
  await tabTo(page, moveUp, 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').first()).toContainText(`${category} står nu som nr.`);
  await expect(moveUp).toBeFocused();
  await expect(moveUp).toHaveCSS('outline-style', /solid|auto|dashed/);
  expect(await pointerInputCount(page)).toBe(0);
});
