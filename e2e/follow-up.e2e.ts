import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readDownload } from './download';
import { arrowToOption, countPointerInput, expectFocusVisible, logInByKeyboard, pointerInputCount, tabTo } from './keyboard';
import { logIn } from './log-in';

const RECOMMENDATION = 'Kortere sagsbehandlingstid og besked undervejs';
// A new marker each run: the answer is an upsert, so a second run on the same database rewrites it.
const MARKER = `e2e-${Date.now().toString(36)}`;
const ATTACHMENT = { name: `referat-${MARKER}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Referat fra personalemødet (${MARKER})\nÆØÅ æøå\n`, 'utf8') };
const ANSWER = `Vi har lært, at borgerne vil have "besked" undervejs – også når det går langsomt (${MARKER}).\nNæste skridt: Socialområdet sender et brev hver 14. dag; ÆØÅ æøå 'citat'.`;

/** The text as the reader sees it: innerText follows the CSS, so a line break that was not kept would be lost here. */
async function shownText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => (element as HTMLElement).innerText);
}

async function openNorddjursReport2023(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Beretninger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beretninger' })).toBeVisible();
  await page.getByLabel('Kalenderår').selectOption('2023');
  await expect(page).toHaveURL(/from=2023-01-01/);
  await expect(page.getByRole('region', { name: 'Beretning', exact: true }).getByTestId('report-status')).toHaveText('Udgivet');
}

test('a department contact answers a recommendation and the advisor sees the answer in the follow-up note preview', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // The Socialområdet contact: no inquiries in the menu, the recommendations addressed to the unit.
  await logIn(page, 'contact@norddjurs.demo');
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(nav.getByRole('link', { name: 'Henvendelser' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Anbefalinger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anbefalinger' })).toBeVisible();

  const recommendation = page.getByRole('article', { name: RECOMMENDATION });
  await expect(recommendation).toBeVisible();
  // Due 31 December 2024 and still in progress.
  await expect(recommendation.getByTestId('due-on')).toContainText('Fristen er overskredet');

  // Addressed to several departments, but the contact writes only for their own.
  await expect(recommendation.getByRole('region', { name: /^Svar fra / })).not.toHaveCount(1);
  await expect(recommendation.getByRole('button', { name: /svar for / })).toHaveCount(1);
  const answer = recommendation.getByRole('region', { name: 'Svar fra Socialområdet' });
  await answer.getByRole('button', { name: /svar for Socialområdet$/ }).click();
  const form = answer.getByRole('form', { name: 'Svar for Socialområdet' });
  await form.getByLabel('Svar', { exact: true }).fill(ANSWER);
  await form.getByLabel('Forslag til status').selectOption('IN_PROGRESS');
  await form.getByRole('button', { name: 'Gem svar' }).click();
  // The answer's notice; the attachments below it have their own.
  await expect(answer.getByRole('status').filter({ hasText: 'Svaret er gemt.' })).toHaveText('Svaret er gemt.');
  const saved = answer.getByTestId('follow-up-text');
  await expect(saved).toContainText(MARKER);
  expect(await shownText(saved)).toBe(ANSWER);

  // Still there after a reload: it was stored, not just shown.
  await page.reload();
  const reloaded = page.getByRole('article', { name: RECOMMENDATION }).getByRole('region', { name: 'Svar fra Socialområdet' }).getByTestId('follow-up-text');
  await expect(reloaded).toContainText(MARKER);
  expect(await shownText(reloaded)).toBe(ANSWER);

  // A file attached to the saved answer; earlier runs' files are removed first (an answer holds at most five).
  const saved2 = page.getByRole('article', { name: RECOMMENDATION }).getByRole('region', { name: 'Svar fra Socialområdet' });
  const attachments = saved2.getByRole('list', { name: 'Bilag til svaret' });
  const removeButtons = attachments.getByRole('button', { name: /^Fjern / });
  while ((await removeButtons.count()) > 0) {
    const before = await removeButtons.count();
    await removeButtons.first().click();
    await expect(removeButtons).toHaveCount(before - 1);
  }
  await saved2.getByLabel('Tilføj bilag').setInputFiles(ATTACHMENT);
  await expect(saved2.getByRole('status').filter({ hasText: 'vedhæftet' })).toHaveText(`${ATTACHMENT.name} er vedhæftet.`);
  await expect(attachments.getByTestId('attachment')).toHaveCount(1);
  await expect(attachments.getByRole('button', { name: `Hent ${ATTACHMENT.name} (${ATTACHMENT.buffer.length} B)` })).toBeVisible();

  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();

  // The advisor previews the follow-up note of the 2023 report.
  await logIn(page, 'advisor@norddjurs.demo');
  await openNorddjursReport2023(page);
  const followUp = page.getByRole('region', { name: 'Opfølgning', exact: true });
  await followUp.getByRole('button', { name: 'Vis opfølgningsnotat' }).click();
  const note = followUp.getByRole('table', { name: /^Opfølgningsnotat/ });
  await expect(note).toBeVisible();

  const rowOf = (unit: string) => note.getByRole('row').filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) });
  const socialText = rowOf('Socialområdet').getByTestId('note-text').filter({ hasText: MARKER });
  await expect(socialText).toHaveCount(1);
  expect(await shownText(socialText)).toBe(ANSWER);

  // The file attached to the answer, downloaded as it was uploaded.
  const download = page.waitForEvent('download');
  await rowOf('Socialområdet').getByRole('button', { name: `Hent ${ATTACHMENT.name} (${ATTACHMENT.buffer.length} B)` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(ATTACHMENT.name);
  expect(await readDownload(file)).toBe(ATTACHMENT.buffer.toString('utf8'));

  // Skole og dagtilbud has not answered; Børne- og Familieområdet has (in the seed).
  await expect(rowOf('Skole- og dagtilbudsområdet')).toContainText('Intet svar');
  await expect(rowOf('Børne- og Familieområdet')).not.toContainText('Intet svar');

  // The worker makes the note; the advisor watches it get ready and downloads the PDF.
  await followUp.getByRole('button', { name: 'Dan opfølgningsnotat' }).click();
  await expect(followUp.getByRole('progressbar', { name: /^Opfølgningsnotat, version \d+$/ })).toBeVisible();
  const pdfButton = followUp.getByRole('button', { name: 'Hent notat (PDF)' });
  await expect(pdfButton).toBeEnabled({ timeout: 60_000 });
  const notePdf = page.waitForEvent('download');
  await pdfButton.click();
  const pdf = await readFile(await (await notePdf).path());
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

  // Rendered as text: nothing the departments typed becomes markup, and no dialog was opened.
  expect(dialogs).toEqual([]);
});

test("the next year's report carries over last year's recommendations with the share implemented", async ({ page }) => {
  await logIn(page, 'advisor@lyngby-taarbaek.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Beretninger' }).click();
  await page.getByLabel('Kalenderår').selectOption('2023');
  const section = page.getByRole('region', { name: 'Beretning', exact: true });
  const create = section.getByRole('button', { name: 'Opret beretning' });
  const status = section.getByTestId('report-status');
  await expect(create.or(status)).toBeVisible();
  if (await create.isVisible()) await create.click();
  await expect(status).toBeVisible();

  const carryOver = page.getByRole('region', { name: 'Opfølgning på sidste beretning' });
  await expect(carryOver).toContainText('Borgerrådgiverens beretning 2022');
  const recommendations = carryOver.getByRole('table', { name: 'Sidste års anbefalinger' });
  await expect(recommendations.getByRole('row').filter({ hasText: 'Regler for optagelse af samtaler' })).toContainText('Gennemført');
  // Two of the five 2022 recommendations are implemented (partly implemented ones do not count).
  await expect(carryOver.getByTestId('compliance-overall')).toHaveText('2 af 5 (40 %)');
});

test("the tenant admin enters the year's decided cases of all units in one table with one save; a wrong number is named at its row", async ({ page }) => {
  await logIn(page, 'admin@norddjurs.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sagsmængder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sagsmængder' })).toBeVisible();
  await page.getByLabel('År', { exact: true }).selectOption('2022');
  const form = page.getByRole('form', { name: 'Afgjorte sager i 2022' });
  const table = form.getByRole('table', { name: 'Afgjorte sager i 2022' });
  const social = table.getByRole('textbox', { name: 'Afgjorte sager for Socialområdet' });
  const rows = table.getByRole('row');
  await expect(rows.nth(2)).toBeVisible();
  const other = rows.filter({ hasNot: page.getByText('Socialområdet', { exact: true }) }).nth(1).getByRole('textbox');
  const save = form.getByRole('button', { name: 'Gem afgjorte sager for 2022' });

  // A negative number in one row: said at that row and in the summary, and nothing is stored, not even the good row.
  await social.fill('-5');
  await other.fill('300');
  await save.click();
  await expect(social).toHaveAttribute('aria-invalid', 'true');
  await expect(social).toHaveAccessibleDescription('Afgjorte sager skal være mellem 0 og 10.000.000');
  const summary = form.getByRole('alert', { name: 'Der er et problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Afgjorte sager skal være mellem 0 og 10.000.000']);
  await expect(other).not.toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await page.getByLabel('År', { exact: true }).selectOption('2022');
  await expect(social).toHaveValue('');
  await expect(other).toHaveValue('');

  // A fraction is refused in the browser, at its row.
  await social.fill('12,5');
  await save.click();
  await expect(social).toHaveAccessibleDescription('Skriv et helt tal.');

  await social.fill('1.234');
  await other.fill('300');
  await save.click();
  await expect(form.getByRole('status')).toHaveText('2022: 2 enheder gemt.');

  await page.reload();
  await page.getByLabel('År', { exact: true }).selectOption('2022');
  await expect(social).toHaveValue('1234');
  await expect(other).toHaveValue('300');
});

test("a department contact answers a recommendation by keyboard only: the focus always visible, a failed save focuses the summary", async ({ page }) => {
  test.setTimeout(120_000);
  const answerText = `Svaret med tastaturet (${MARKER})`;
  await countPointerInput(page);
  await logInByKeyboard(page, 'contact@norddjurs.demo');
  await tabTo(page, page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Anbefalinger' }), 40);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Anbefalinger' })).toBeVisible();

  const answer = page.getByRole('article', { name: RECOMMENDATION }).getByRole('region', { name: 'Svar fra Socialområdet' });
  await tabTo(page, answer.getByRole('button', { name: /svar for Socialområdet$/ }), 120);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  const form = answer.getByRole('form', { name: 'Svar for Socialområdet' });
  const text = form.getByLabel('Svar', { exact: true });
  await tabTo(page, text);
  await expectFocusVisible(page);
  // An earlier answer stands in the field; emptied, the save fails and the summary takes the focus.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await tabTo(page, form.getByRole('button', { name: 'Gem svar' }));
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  const summary = form.getByRole('alert', { name: 'Der er et problem' });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await page.keyboard.type(answerText);

  await tabTo(page, form.getByLabel('Forslag til status'));
  await expectFocusVisible(page);
  await arrowToOption(page, form.getByLabel('Forslag til status'), /I gang/);
  await tabTo(page, form.getByRole('button', { name: 'Gem svar' }));
  await page.keyboard.press('Enter');
  await expect(answer.getByRole('status').filter({ hasText: 'Svaret er gemt.' })).toHaveText('Svaret er gemt.');
  await expect(answer.getByTestId('follow-up-text')).toHaveText(answerText);
  expect(await pointerInputCount(page)).toBe(0);
});
