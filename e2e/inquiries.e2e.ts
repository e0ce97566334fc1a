import { expect, test, type Locator, type Page } from '@playwright/test';
import { arrowToOption, countPointerInput, logInByKeyboard, pointerInputCount, tabTo } from './keyboard';
import { readDownload } from './download';
import { logIn } from './log-in';

const unique = () => Date.now().toString(36);

/** Loads more of a list the API pages ("Vis flere") until the row is shown. */
async function showAfterMore(page: Page, row: Locator): Promise<void> {
  await expect(page.getByRole('rowheader').first()).toBeVisible();
  const more = page.getByRole('button', { name: 'Vis flere' });
  while (!(await row.first().isVisible())) {
    await expect(more).toBeEnabled();
    await more.click();
  }
  await expect(row).toBeVisible();
}

/** Any alert(), confirm() or prompt() the page opens; escaped text never opens one. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('an advisor registers a phone call by keyboard only, finds it by filter and opens it; the tenant admin sees it in the audit log', async ({
  page,
}) => {
  const reference = `TLF-${unique()}`;
  const citizenName = `Åse Ærø "Østergård" 😀 <b>${unique()}</b>`;
  const citizenReference = `B-${unique()}`;
  const summary = `Ringede om <script>alert(1)</script> og 'anke' – "hurtigt svar" 🙂 æøå ÆØÅ ${unique()}`;
  const dialogs = recordDialogs(page);
  await countPointerInput(page);

  await logInByKeyboard(page, 'advisor@lejre.demo');
  // The shortcuts are shown where they work: Alt+N on the list's button, Ctrl+Enter and Esc at the summary.
  await expect(page.getByRole('button', { name: 'Registrér henvendelse' })).toContainText('Alt+N');
  await page.getByRole('button', { name: 'Registrér henvendelse' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
  await expect(page.getByText('Ctrl+Enter gemmer, Esc annullerer.')).toBeVisible();

  // The reference has the focus; received (today) and channel (phone) keep their defaults.
  await expect(page.getByLabel('Sagsnummer')).toBeFocused();
  await page.keyboard.type(reference);
  await expect(page.getByLabel('Kanal')).toHaveValue('PHONE');

  // A new citizen, created inline from the search.
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await tabTo(page, citizen);
  await page.keyboard.type(citizenName);
  await expect(page.getByRole('option', { name: /^Opret ny borger/ })).toBeVisible();
  await page.keyboard.press('ArrowDown'); // past any match: the new citizen is the last option
  await expect(page.getByRole('option', { name: /^Opret ny borger/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const newCitizen = page.getByRole('group', { name: 'Ny borger' });
  await expect(newCitizen.getByLabel('Borgerreference')).toBeFocused();
  await expect(newCitizen.getByLabel('Navn eller pseudonym')).toHaveValue(citizenName);
  await page.keyboard.type(citizenReference);
  await page.keyboard.press('Enter');
  await expect(newCitizen).toBeHidden();
  await expect(citizen).toHaveValue(`${citizenName} (${citizenReference})`);
  await expect(citizen).toBeFocused();

  // A complaint (the default) about Familierådgivningen, with one complaint type.
  const kind = page.getByLabel('Type', { exact: true });
  await tabTo(page, kind);
  await expect(kind).toHaveValue('COMPLAINT');
  await page.keyboard.press('Tab');
  await arrowToOption(page, page.getByLabel('Enhed', { exact: true }), /Familierådgivningen/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Lang sagsbehandlingstid og manglende svar' })).toBeFocused();
  await page.keyboard.press('Space');

  const summaryField = page.getByLabel('Resumé');
  await tabTo(page, summaryField);
  await page.keyboard.type(summary);
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er registreret.`);
  await expect(page.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();

  // Find it: search and kind, kept in the URL.
  const filters = page.getByRole('search', { name: 'Filtre' });
  await filters.getByLabel('Søg i sagsnummer og resumé').fill(reference);
  await filters.getByLabel('Klageforhold').press('Space');
  await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  await expect(page).toHaveURL(/kind=COMPLAINT/);
  const link = page.getByRole('link', { name: reference, exact: true });
  await expect(link).toBeVisible();
  await expect(page.getByText('Viser 1 af 1')).toBeVisible();

  await link.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
  const shownSummary = page.getByTestId('inquiry-summary');
  await expect(shownSummary).toHaveText(summary);
  expect(await shownSummary.evaluate((element) => element.textContent)).toBe(summary);
  expect(await shownSummary.evaluate((element) => element.children.length)).toBe(0);
  await expect(page.getByText(`${citizenName} (${citizenReference})`, { exact: true })).toBeVisible();
  await expect(page.getByText('Familierådgivningen', { exact: true })).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(await pointerInputCount(page)).toBe(0);

  const inquiryId = decodeURIComponent(new URL(page.url()).hash.replace('#/inquiries/', ''));

  await page.getByRole('button', { name: 'Log ud' }).press('Enter');
  await logIn(page, 'admin@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log' })).toBeVisible();
  // The log names the events in sentences: role, name, verb and the inquiry's case number.
  const rows = page.getByRole('row').filter({ hasText: reference });
  await expect(rows.filter({ hasText: `Rådgiver Mette Lund oprettede henvendelse ${reference}` })).toHaveCount(1);
  await expect(rows.filter({ hasText: `Rådgiver Mette Lund åbnede henvendelse ${reference}` }).first()).toBeVisible();

  // Everything about the citizen, downloaded from the row of the registration.
  await rows.filter({ hasText: 'oprettede henvendelse' }).getByRole('button', { name: 'Borgerens log' }).click();
  const exportButton = page.getByRole('button', { name: 'Hent som CSV' });
  await expect(exportButton).toBeFocused();
  const download = page.waitForEvent('download');
  await exportButton.press('Enter');
  const csv = await readDownload(await download);
  expect(csv).toContain(inquiryId);
  expect(csv).toContain('inquiry.created');
  expect(csv).not.toContain(summary);
  expect(dialogs).toEqual([]);
});

test('an advisor edits an inquiry and deletes it after confirming', async ({ page }) => {
  const reference = `RET-${unique()}`;
  await logIn(page, 'advisor@norddjurs.demo');
  await page.goto('/#/inquiries/new');
  await page.getByLabel('Sagsnummer').fill(reference);
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await citizen.fill(`Retteborger ${reference}`);
  await citizen.press('ArrowDown');
  await citizen.press('Enter');
  await page.getByLabel('Borgerreference').fill(`B-${reference}`);
  await page.getByLabel('Borgerreference').press('Enter');
  await page.getByLabel('Type', { exact: true }).selectOption('INFORMATION');
  await page.getByLabel('Resumé').fill('Første udgave');
  await page.getByLabel('Resumé').press('Control+Enter');
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er registreret.`);

  // The list refreshes after the save; a click that lands while its rows are replaced is lost, so click until the
  // inquiry's own page is shown.
  const link = page.getByRole('link', { name: reference, exact: true });
  const heading = page.getByRole('heading', { level: 1, name: reference, exact: true });
  await expect(async () => {
    if (await link.isVisible()) await link.click({ timeout: 2000 });
    await expect(heading).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20000 });
  await expect(page.getByText('Åben', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Rediger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rediger ${reference}` })).toBeVisible();
  await expect(citizen).toHaveValue(`Retteborger ${reference} (B-${reference})`);
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('INFORMATION');
  const today = await page.getByLabel('Modtaget').inputValue();
  await page.getByLabel('Afsluttet').fill(today);
  await page.getByLabel('Resumé').fill('Anden udgave\nmed to linjer');
  await page.getByRole('button', { name: 'Gem henvendelse' }).click();
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er gemt.`);
  await expect(page.getByTestId('inquiry-summary')).toHaveText('Anden udgave\nmed to linjer');
  await expect(page.getByText('Afsluttet', { exact: true }).last()).toBeVisible();

  await page.getByRole('button', { name: 'Slet', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Slet henvendelse ${reference}` });
  await expect(dialog.getByRole('button', { name: 'Annuller' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Slet', exact: true }).click();
  await dialog.getByRole('button', { name: 'Slet henvendelsen' }).click();
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er slettet.`);
  await page.getByLabel('Søg i sagsnummer og resumé').fill(reference);
  await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  await expect(page.getByText('Ingen henvendelser passer til filtrene.')).toBeVisible();
});

test('a tenant admin sets the response targets', async ({ page }) => {
  await logIn(page, 'admin@norddjurs.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Svarfrister' }).click();
  const firstContact = page.getByLabel('Første kontakt inden (dage)');
  await expect(firstContact).toHaveValue('10');
  await firstContact.fill('7');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('status')).toHaveText('Svarfristerne er gemt.');
  await page.reload();
  await expect(page.getByLabel('Første kontakt inden (dage)')).toHaveValue('7');
  await page.getByLabel('Første kontakt inden (dage)').fill('10');
  await page.getByLabel('Første kontakt inden (dage)').press('Enter');
  await expect(page.getByRole('status')).toHaveText('Svarfristerne er gemt.');
});

test('a summary shaped like a CPR number is saved only after the advisor confirms it', async ({ page }) => {
  const reference = `CPR-${unique()}`;
  await logIn(page, 'advisor@lyngby-taarbaek.demo');
  await page.goto('/#/inquiries/new');
  await page.getByLabel('Sagsnummer').fill(reference);
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await citizen.fill(`Testborger ${reference}`);
  await citizen.press('ArrowDown');
  await page.getByRole('option', { name: /^Opret ny borger/ }).click();
  await page.getByLabel('Borgerreference').fill(`B-${reference}`);
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(citizen).toHaveValue(`Testborger ${reference} (B-${reference})`);
  await page.getByLabel('Type', { exact: true }).selectOption('GUIDANCE');
  await page.getByLabel('Resumé').fill('Borgeren oplyste 010190-1234 i telefonen');
  await page.getByRole('button', { name: 'Gem henvendelse' }).click();

  const warning = page.getByRole('dialog', { name: 'Resuméet ligner et CPR-nummer' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Ret resuméet' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByLabel('Resumé')).toBeFocused();

  await page.getByLabel('Resumé').press('Control+Enter');
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Gem alligevel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er registreret.`);
});

test('the API error is shown at its field, and Escape leaves the form', async ({ page }) => {
  await logIn(page, 'advisor@norddjurs.demo');
  await page.goto('/#/inquiries/new');
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await citizen.fill(`Fejlborger ${unique()}`);
  await citizen.press('ArrowDown');
  await citizen.press('Enter');
  await page.getByLabel('Borgerreference').fill(`B-${unique()}`);
  await page.getByLabel('Borgerreference').press('Enter');
  await expect(citizen).toBeFocused();
  // A complaint without a complaint type is refused, and the message sits at the types.
  await page.getByLabel('Resumé').fill('Klage over ventetiden');
  await page.getByLabel('Sagsnummer').fill(`ERR-${unique()}`);
  await page.getByLabel('Sagsnummer').press('Enter');
  const categories = page.getByRole('group', { name: /Klagetyper/ });
  await expect(categories.locator('.field-error')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
});

test('the registration form submitted empty shows every required field\'s message in the error summary and at the field', async ({ page }) => {
  await logIn(page, 'advisor@norddjurs.demo');
  await page.goto('/#/inquiries/new');
  // The list (whose filters have "Modtaget fra" and "til") stays until the form's page has loaded.
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
  const reference = page.getByLabel('Sagsnummer');
  const received = page.getByLabel('Modtaget');
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await received.fill('');
  await page.getByRole('button', { name: 'Gem henvendelse' }).click();

  const summary = page.getByRole('alert', { name: 'Der er et problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Sagsnummer skal udfyldes', 'Modtaget skal udfyldes', 'Borger: Vælg en borger.', 'Resumé skal udfyldes']);
  for (const [field, message] of [[reference, 'Udfyld feltet.'], [received, 'Udfyld feltet.'], [citizen, 'Vælg en borger.']] as const) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
  }
  await summary.getByRole('link').nth(2).click();
  await expect(citizen).toBeFocused();
  await summary.getByRole('link').first().click();
  await expect(reference).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
});

test('a department contact sees complaints on the læringsvæg without citizen data and writes a learning entry', async ({ page }) => {
  const marker = unique();
  const citizenName = `Skjult Borger ${marker}`;
  const summary = `Hemmeligt resumé ${marker}`;
  const learnt = `Vi svarer inden for 10 dage <i>${marker}</i> æøå 😀`;

  await logIn(page, 'advisor@lejre.demo');
  await page.goto('/#/inquiries/new');
  await page.getByLabel('Sagsnummer').fill(`LV-${marker}`);
  await page.getByLabel('Modtaget').fill('2021-03-15');
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await citizen.fill(citizenName);
  await citizen.press('ArrowDown');
  await citizen.press('Enter');
  await page.getByLabel('Borgerreference').fill(`B-${marker}`);
  await page.getByLabel('Borgerreference').press('Enter');
  await expect(citizen).toHaveValue(`${citizenName} (B-${marker})`);
  const unit = page.getByLabel('Enhed', { exact: true });
  await unit.selectOption((await unit.locator('option', { hasText: 'Familierådgivningen' }).getAttribute('value')) ?? '');
  await page.getByRole('checkbox', { name: 'Manglende inddragelse' }).check();
  await page.getByLabel('Resumé').fill(summary);
  await page.getByRole('button', { name: 'Gem henvendelse' }).click();
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen LV-${marker} er registreret.`);
  await page.getByRole('button', { name: 'Log ud' }).click();

  await logIn(page, 'contact@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læringsvæg' }).click();
  // The API pages the wall; the new complaint is the one of that day without learning yet (a repeated run adds more).
  const ofThatDay = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Klageforhold modtaget 15\. mar\.? 2021$/ }) });
  const card = ofThatDay.filter({ hasText: 'Ingen læring skrevet endnu.' });
  await showAfterMore(page, card);
  await expect(card).toContainText('Familierådgivningen');
  await expect(card).toContainText('Manglende inddragelse');
  await expect(page.getByText(citizenName)).toHaveCount(0);
  await expect(page.getByText(summary)).toHaveCount(0);
  await expect(page.getByText(`LV-${marker}`)).toHaveCount(0);

  await card.getByRole('button', { name: 'Skriv læring' }).click();
  const dialog = page.getByRole('dialog', { name: /^Læring om klageforhold modtaget 15\. mar\.? 2021$/ });
  await dialog.getByLabel('Hvad gik galt?').fill('Borgeren ventede for længe på svar');
  await dialog.getByLabel('Hvorfor?').fill('Sagen lå i en fælles postkasse');
  await dialog.getByLabel('Hvad har vi lært?').fill(learnt);
  await dialog.getByLabel('Kan det ske igen?').selectOption('no');
  await dialog.getByLabel('Hvordan forebygger vi det?').fill('Daglig gennemgang af postkassen');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Læringen er gemt.');
  // Still on the same page of the wall, the entry under its complaint.
  const written = ofThatDay.filter({ hasText: learnt });
  await expect(written.getByText(learnt, { exact: true })).toBeVisible();
  await expect(written).toContainText('Karen Holm');
});

test("a follow-up case is chosen from the citizen's own main cases and saved as one", async ({ page }) => {
  const reference = `FS-${unique()}`;
  await logIn(page, 'advisor@lejre.demo');
  await page.goto('/#/inquiries/new');
  await page.getByLabel('Sagsnummer').fill(reference);
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await citizen.fill('Borger 0098');
  await page.getByRole('option', { name: /Borger 0098 \(B-0098\)/ }).click();
  await expect(citizen).toHaveValue('Borger 0098 (B-0098)');

  // The demo data gives this citizen five main cases; the field offers exactly those, newest first.
  const mainCase = page.getByLabel('Følgesag til');
  const listId = await mainCase.getAttribute('list');
  const offered = page.locator(`datalist[id="${listId}"] option`);
  await expect(offered).toHaveCount(5);
  expect(await offered.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual([
    'LEJ-2019-0071', 'LEJ-2018-0151', 'LEJ-2018-0142', 'LEJ-2018-0123', 'LEJ-2018-0003',
  ]);

  await page.getByLabel('Type', { exact: true }).selectOption('GUIDANCE');
  await mainCase.fill('LEJ-2019-0071');
  await page.getByLabel('Resumé').fill('Spørger igen til sin sag');
  await page.getByRole('button', { name: 'Gem henvendelse' }).click();
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er registreret.`);

  await page.goto(`/#/inquiries?q=${reference}`);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('link', { name: 'LEJ-2019-0071' })).toBeVisible();
});
