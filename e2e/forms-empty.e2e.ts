import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiLogIn, graphql } from './api';
import { invitationPath } from './caught-mail';
import { arrowToOption, countPointerInput, expectFocusVisible, logInByKeyboard, pointerInputCount, tabTo } from './keyboard';
import { REQUIRED, SUMMARY, summaryLine } from './error-summary';
import { DEMO_PASSWORD, logIn } from './log-in';


/**
 * One required field: the control (or group) the message belongs at, the message there, and the summary's line, which
 * names the field by its label (the field's own message need not: it stands beside the label).
 */
type Required = [field: (form: Locator) => Locator, message: string, summaryLine: string];

interface EmptyForm {
  name: string;
  /** Signed in as this user first; null for the pages anyone may open. */
  user: string | null;
  route: string;
  /** Opens the form (a dialog, a row's form) on the page; its container. The page's main content when left out. */
  open?: (page: Page) => Promise<Locator>;
  /** Empties what the form fills in for the user (today's date, the current name). */
  empty?: (form: Locator) => Promise<void>;
  submit: string;
  /** In the order the summary lists them: the form's fields in order. */
  required: Required[];
}

const label = (text: string) => (form: Locator) => form.getByLabel(text, { exact: true });
const group = (name: string | RegExp) => (form: Locator) => form.getByRole('group', { name });
const req = (fieldLabel: string, message: string = REQUIRED): Required => [label(fieldLabel), message, summaryLine(fieldLabel, message)];
const main = async (page: Page) => page.getByRole('main');

/** Opens the unit in the organisation tree, then one of its actions; the action's dialog. */
const unitAction = (unit: string, action: string, dialog: string) => async (page: Page) => {
  await page.getByRole('button', { name: unit, exact: true }).click();
  await page.getByRole('button', { name: action, exact: true }).click();
  return page.getByRole('dialog', { name: dialog });
};

const clear = (...labels: string[]) => async (form: Locator) => {
  for (const text of labels) await form.getByLabel(text, { exact: true }).fill('');
};

/**
 * Every form of the admin with a required field, by route and role. Forms without one (an org unit's note, the audit
 * log's filter, a report's sections and its follow-up note's introduction, a recommendation's status, the benchmark
 * comment) may be sent empty.
 */
const FORMS: EmptyForm[] = [
  { name: 'login', user: null, route: '/', open: async (page) => page.getByRole('main'), submit: 'Log ind', required: [req('E-mail'), req('Adgangskode')] },
  {
    name: 'a new inquiry',
    user: 'advisor@lejre.demo',
    route: '/inquiries/new',
    empty: clear('Modtaget'),
    submit: 'Gem henvendelse',
    required: [req('Sagsnummer'), req('Modtaget'), [(form) => form.getByRole('combobox', { name: 'Borger' }), 'Vælg en borger.', summaryLine('Borger', 'Vælg en borger.')], req('Resumé')],
  },
  {
    name: 'a new citizen, inside the inquiry form',
    user: 'advisor@lejre.demo',
    route: '/inquiries/new',
    open: async (page) => {
      const citizen = page.getByRole('combobox', { name: 'Borger' });
      await citizen.fill('Ny borger uden reference');
      await citizen.press('ArrowDown');
      await citizen.press('Enter');
      return page.getByRole('group', { name: 'Ny borger' });
    },
    empty: clear('Navn eller pseudonym'),
    submit: 'Opret borger',
    required: [req('Borgerreference'), req('Navn eller pseudonym')],
  },
  { name: 'an import', user: 'advisor@lejre.demo', route: '/import', submit: 'Importér', required: [req('Fil (CSV eller XLSX)', 'Vælg en fil.')] },
  {
    name: 'a new org unit',
    user: 'admin@norddjurs.demo',
    route: '/org-units',
    open: async (page) => {
      await page.getByRole('button', { name: 'Tilføj enhed' }).click();
      return page.getByRole('dialog', { name: 'Tilføj enhed' });
    },
    submit: 'Tilføj enhed',
    required: [req('Navn')],
  },
  {
    name: 'renaming an org unit',
    user: 'admin@norddjurs.demo',
    route: '/org-units',
    open: unitAction('Socialområdet', 'Omdøb', 'Omdøb Socialområdet'),
    empty: clear('Navn', 'Gældende fra'),
    submit: 'Omdøb',
    required: [req('Navn'), req('Gældende fra')],
  },
  {
    name: 'moving an org unit',
    user: 'admin@norddjurs.demo',
    route: '/org-units',
    open: unitAction('Socialområdet', 'Flyt', 'Flyt Socialområdet'),
    empty: clear('Gældende fra'),
    submit: 'Flyt',
    required: [req('Gældende fra')],
  },
  {
    name: 'merging org units',
    user: 'admin@norddjurs.demo',
    route: '/org-units',
    open: unitAction('Socialområdet', 'Læg sammen', 'Læg enheder sammen i Socialområdet'),
    empty: clear('Gældende fra'),
    submit: 'Læg sammen',
    required: [[group('Enheder der lægges ind i Socialområdet'), 'Vælg mindst én enhed.', summaryLine('Enheder der lægges ind i Socialområdet', 'Vælg mindst én enhed.')], req('Gældende fra')],
  },
  {
    name: 'closing an org unit',
    user: 'admin@norddjurs.demo',
    route: '/org-units',
    open: unitAction('Socialområdet', 'Luk enhed', 'Luk Socialområdet'),
    empty: clear('Lukkes pr.'),
    submit: 'Luk enhed',
    required: [req('Lukkes pr.')],
  },
  {
    name: 'inviting a user',
    user: 'admin@lejre.demo',
    route: '/users',
    open: async (page) => {
      await page.getByRole('button', { name: 'Inviter bruger' }).click();
      return page.getByRole('dialog', { name: 'Inviter en bruger' });
    },
    submit: 'Send invitation',
    required: [req('E-mail'), req('Navn'), [group('Roller'), 'Vælg mindst én rolle.', summaryLine('Roller', 'Vælg mindst én rolle.')]],
  },
  {
    name: 'a user’s roles',
    user: 'admin@lejre.demo',
    route: '/users',
    open: async (page) => {
      await page.getByRole('button', { name: 'Ret roller for Karen Holm' }).click();
      return page.getByRole('dialog', { name: 'Roller for Karen Holm' });
    },
    empty: async (form) => {
      for (const role of await form.getByRole('group', { name: 'Roller' }).getByRole('checkbox', { checked: true }).all()) await role.uncheck();
    },
    submit: 'Gem roller',
    required: [[group('Roller'), 'Vælg mindst én rolle.', summaryLine('Roller', 'Vælg mindst én rolle.')]],
  },
  {
    name: 'the response targets',
    user: 'admin@lejre.demo',
    route: '/response-targets',
    empty: clear('Første kontakt inden (dage)', 'Afslutning inden (dage)'),
    submit: 'Gem',
    required: [req('Første kontakt inden (dage)'), req('Afslutning inden (dage)')],
  },
  {
    name: 'the retention settings',
    user: 'admin@lejre.demo',
    route: '/retention',
    open: async (page) => page.getByRole('form', { name: 'Kommunens sletteregler' }),
    empty: clear('Opbevaring af persondata efter afslutning (år)', 'Opbevaring af log (år)'),
    submit: 'Gem',
    required: [req('Opbevaring af persondata efter afslutning (år)'), req('Opbevaring af log (år)')],
  },
  {
    name: 'the case number of a hold or an erasure',
    user: 'admin@lejre.demo',
    route: '/retention',
    open: async (page) => page.getByRole('form', { name: 'Arkiveringshold og sletning af en borgers persondata' }),
    submit: 'Find henvendelse',
    required: [req('Sagsnummer')],
  },
  {
    name: 'the bounds of every municipality’s retention',
    user: 'operator@raadgiver.demo',
    route: '/retention',
    open: async (page) => page.getByRole('form', { name: 'Grænser for alle kommuner' }),
    empty: clear('Mindste opbevaring af persondata (år)', 'Største opbevaring af persondata (år)', 'Mindste opbevaring af log (år)', 'Største opbevaring af log (år)'),
    submit: 'Gem',
    required: [
      req('Mindste opbevaring af persondata (år)'), req('Største opbevaring af persondata (år)'), req('Mindste opbevaring af log (år)'), req('Største opbevaring af log (år)'),
    ],
  },
  {
    name: 'the citizen’s audit export',
    user: 'admin@lejre.demo',
    route: '/audit-log',
    open: async (page) => page.getByRole('form', { name: 'Alle hændelser om en borger' }),
    submit: 'Hent som CSV',
    required: [req('Borger-id')],
  },
  {
    name: 'a learning entry',
    user: 'contact@lejre.demo',
    route: '/learning-wall',
    open: async (page) => {
      await page.getByRole('button', { name: /^Skriv læring om klageforhold/ }).first().click();
      return page.getByRole('dialog', { name: /^Læring om klageforhold/ });
    },
    submit: 'Gem',
    required: [req('Hvad gik galt?')],
  },
  {
    name: 'a department’s answer to a recommendation',
    user: 'contact@norddjurs.demo',
    route: '/recommendations',
    open: async (page) => {
      const answer = page.getByRole('region', { name: 'Svar fra Socialområdet' }).first();
      await answer.getByRole('button', { name: /svar for Socialområdet$/ }).click();
      return answer.getByRole('form', { name: 'Svar for Socialområdet' });
    },
    empty: clear('Svar'),
    submit: 'Gem svar',
    required: [req('Svar')],
  },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sends the form empty: every required field's message at the field and, linked to it, in the focused summary. */
async function expectEveryRequiredField(form: Locator, { submit, required }: Pick<EmptyForm, 'submit' | 'required'>): Promise<void> {
  await form.getByRole('button', { name: submit, exact: true }).click();
  const summary = form.getByRole('alert', { name: SUMMARY });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(required.map(([, , line]) => line));
  for (const [field, message] of required) {
    await expect(field(form)).toHaveAccessibleDescription(new RegExp(escape(message)));
    if ((await field(form).evaluate((element) => element.tagName)) !== 'FIELDSET') await expect(field(form)).toHaveAttribute('aria-invalid', 'true');
  }
  // Each link of the summary moves the focus to its field.
  for (const [index, [field]] of required.entries()) {
    await summary.getByRole('link').nth(index).click();
    await expect(field(form)).toBeFocused();
  }
}

for (const emptyForm of FORMS) {
  test(`${emptyForm.name} (${emptyForm.user ?? 'signed out'}, #${emptyForm.route}) sent empty names every required field at the field and in the summary`, async ({ page }) => {
    if (emptyForm.user) await logIn(page, emptyForm.user);
    await page.goto(`/#${emptyForm.route}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const form = await (emptyForm.open ?? main)(page);
    await expect(form).toBeVisible();
    await emptyForm.empty?.(form);
    await expectEveryRequiredField(form, emptyForm);
  });
}

test('the invitation sent empty names the password at the field and in the summary', async ({ page, request }) => {
  const email = `tom-formular-${Date.now().toString(36)}@lejre.test`;
  const token = await apiLogIn(request, 'admin@lejre.demo', DEMO_PASSWORD);
  await graphql(request, 'mutation I($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id } }', { input: { email, displayName: 'Tom Formular', roles: ['ADVISOR'] } }, token);
  await page.goto(await invitationPath(email));
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation til Raadgiver' })).toBeVisible();
  await expectEveryRequiredField(page.getByRole('main'), { submit: 'Tag imod invitationen', required: [req('Vælg en adgangskode')] });
});

test('a wrong password and a throttled login are told at their field and in the summary, in Danish', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('main');
  const summary = form.getByRole('alert', { name: SUMMARY });
  const email = form.getByLabel('E-mail', { exact: true });
  const password = form.getByLabel('Adgangskode', { exact: true });
  // An account of its own, so the throttle this test runs into stops no other test.
  await email.fill('council@lyngby-taarbaek.demo');
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await password.fill(`forkert ${attempt}`);
    await form.getByRole('button', { name: 'Log ind' }).click();
    await expect(summary).toBeFocused();
    const message = (await summary.getByRole('link').textContent()) ?? '';
    if (attempt === 1) {
      await expect(summary.getByRole('link')).toHaveText(['Forkert e-mailadresse eller adgangskode']);
      await expect(password).toHaveAccessibleDescription('Forkert e-mailadresse eller adgangskode');
      await expect(password).toHaveAttribute('aria-invalid', 'true');
    }
    if (message.startsWith('For mange')) {
      await expect(summary.getByRole('link')).toHaveText([/^For mange mislykkede logins; prøv igen om \d+ (sekund|sekunder|minut|minutter)$/]);
      await expect(email).toHaveAccessibleDescription(message);
      await summary.getByRole('link').click();
      await expect(email).toBeFocused();
      return;
    }
  }
  throw new Error('ten wrong passwords were never throttled');
});

test('a failed export says why in Danish beside its buttons', async ({ page }) => {
  await logIn(page, 'advisor@lejre.demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
  const csv = page.getByRole('button', { name: 'Eksportér CSV' });
  const alert = page.locator('.toolbar').getByRole('alert');

  // The API refuses (here a filter it does not know): its own message, in Danish.
  await page.route('**/exports/inquiries.csv**', (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('filter', JSON.stringify({ kinds: ['UKENDT'] }));
    return route.continue({ url: url.toString() });
  });
  const refused = page.waitForResponse('**/exports/inquiries.csv**');
  await csv.click();
  await expect(alert).toHaveText(/^Typer\b.*(ikke|skal)/);
  // With the request's id in small print, as the API's X-Request-Id header has it, for support to find its log line.
  await expect(alert.getByText(`Fejl-id: ${(await refused).headers()['x-request-id']}`, { exact: true })).toBeVisible();
  await page.unroute('**/exports/inquiries.csv**');

  // The server cannot be reached.
  await page.route('**/exports/inquiries.csv**', (route) => route.abort('connectionrefused'));
  await csv.click();
  await expect(alert).toHaveText('Serveren kunne ikke kontaktes. Prøv igen om lidt.');
  await page.unroute('**/exports/inquiries.csv**');

  // A proxy's page instead of the API's answer.
  await page.route('**/exports/inquiries.csv**', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }));
  await csv.click();
  await expect(alert).toHaveText('Eksporten mislykkedes (502).');
});

test('the læringsvæg shows a page of complaints at a time, and "Vis flere" the next', async ({ page }) => {
  await logIn(page, 'contact@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læringsvæg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Læringsvæg' })).toBeVisible();
  const complaints = page.getByRole('rowheader');
  await expect(complaints).toHaveCount(25);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);
  await page.getByRole('button', { name: 'Vis flere' }).click();
  await expect(complaints).toHaveCount(50);
});

test('an advisor registers an inquiry by keyboard only: no trap, the focus always visible, a failed submit focuses the summary and its link the field', async ({
  page,
}) => {
  const reference = `TAST-${Date.now().toString(36)}`;
  await countPointerInput(page);
  await logInByKeyboard(page, 'advisor@lejre.demo');
  await page.getByRole('button', { name: 'Registrér henvendelse' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
  const referenceField = page.getByLabel('Sagsnummer');
  await expect(referenceField).toBeFocused();

  // Tab goes through the whole form to the footer's last link without getting stuck, always showing where it is.
  const footerLink = page.getByRole('link', { name: 'Tilgængelighedserklæring' });
  const seen = new Set<string>();
  for (let presses = 0; !(await footerLink.evaluate((link) => link === document.activeElement)); presses += 1) {
    expect(presses, 'Tab reaches the footer').toBeLessThan(120);
    await page.keyboard.press('Tab');
    seen.add(await expectFocusVisible(page));
  }
  expect(seen.size).toBeGreaterThan(10);
  // And back again with Shift+Tab.
  for (let presses = 0; !(await referenceField.evaluate((field) => field === document.activeElement)); presses += 1) {
    expect(presses, 'Shift+Tab reaches the reference').toBeLessThan(120);
    await page.keyboard.press('Shift+Tab');
    await expectFocusVisible(page);
  }

  // Saved empty: the summary has the focus; Tab reaches its first link, Enter moves the focus to the field.
  await page.keyboard.press('Control+Enter');
  const summary = page.getByRole('alert', { name: SUMMARY });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(referenceField).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type(reference);

  // The citizen's link leads to the citizen; a new one is created there.
  await summary.getByRole('link', { name: 'Borger: Vælg en borger.' }).focus();
  await page.keyboard.press('Enter');
  const citizen = page.getByRole('combobox', { name: 'Borger' });
  await expect(citizen).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type(`Tastatur Borger ${reference}`);
  await expect(page.getByRole('option', { name: /^Opret ny borger/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const newCitizen = page.getByRole('group', { name: 'Ny borger' });
  await expect(newCitizen.getByLabel('Borgerreference')).toBeFocused();
  await page.keyboard.type(`B-${reference}`);
  await page.keyboard.press('Enter');
  await expect(citizen).toBeFocused();

  const kind = page.getByLabel('Type', { exact: true });
  await tabTo(page, kind);
  await page.keyboard.press('Tab');
  await arrowToOption(page, page.getByLabel('Enhed', { exact: true }), /Familierådgivningen/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Lang sagsbehandlingstid og manglende svar' })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Space');
  // The summary is required: Tab on to it, type it, and Ctrl+Enter saves from there.
  await tabTo(page, page.getByLabel('Resumé'));
  await expectFocusVisible(page);
  await page.keyboard.type('Ringede om sin sag');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toHaveText(`Henvendelsen ${reference} er registreret.`);
  expect(await pointerInputCount(page)).toBe(0);
});
