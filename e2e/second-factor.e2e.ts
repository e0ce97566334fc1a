import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiLogIn, graphql } from './api';
import { invitationPath } from './caught-mail';
import { SUMMARY } from './error-summary';
import { DEMO_PASSWORD, logIn } from './log-in';
import { firstCode, nextCode, wrongCode } from './second-factor';

const WRONG_CODE = 'Koden er forkert eller allerede brugt; skriv den aktuelle kode fra din godkendelsesapp eller en ubrugt gendannelseskode';

/** WCAG 2.1 A and AA as axe tags them: no violations on the page as it stands. */
async function expectAxeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function submitCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Kode').fill(code);
  await page.getByRole('button', { name: 'Bekræft' }).click();
}

async function expectWrongCodeTold(page: Page): Promise<void> {
  // The API's message names the code: as it is in the summary, linked to the field, and at the field.
  const summary = page.getByRole('alert', { name: SUMMARY });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([WRONG_CODE]);
  await expect(page.getByLabel('Kode')).toHaveAccessibleDescription(WRONG_CODE);
  await expect(page.getByLabel('Kode')).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Kode')).toBeFocused();
}

const PASSWORD = 'en-lang-nok-adgangskode';

/** A new member of Lejre who has never logged in: invited by the demo admin, the invitation accepted in `page`. */
async function newMember(page: Page, request: APIRequestContext, email: string, displayName: string, role: 'TENANT_ADMIN' | 'ADVISOR'): Promise<void> {
  const token = await apiLogIn(request, 'admin@lejre.demo', DEMO_PASSWORD);
  await graphql(request, 'mutation ($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id } }', { input: { email, displayName, roles: [role] } }, token);
  await page.goto(await invitationPath(email));
  await page.getByLabel('Vælg en adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await page.getByRole('link', { name: 'Gå til log ind' }).click();
}

test('a new tenant admin must set up a second factor before anything else, then logs in with its code; the demo admin can reset it', async ({ page, request }) => {
  const email = `ny-admin-${Date.now().toString(36)}@lejre.test`;
  const password = PASSWORD;
  await newMember(page, request, email, 'Nanna Administrator', 'TENANT_ADMIN');

  // The password opens only the setup, at 390 px as on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Totrinsbekræftelse' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR-kode med den hemmelige nøgle til godkendelsesappen' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);
  await expectAxeClean(page);

  // No other page can be reached: the users page's address shows the setup still.
  await page.goto('/#/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Totrinsbekræftelse' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);

  // The reload made a new secret; a wrong code is told in Danish at the field and in the error summary.
  const shown = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await submitCode(page, wrongCode(shown));
  await expectWrongCodeTold(page);
  await expectAxeClean(page);

  // The code the app would show for the secret on the page: then the recovery codes, once.
  await submitCode(page, firstCode(email, shown));
  const codes = page.getByRole('list', { name: 'Gem dine gendannelseskoder' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Jeg har gemt koderne' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await page.goto('/#/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();

  // The next login asks for the code: a wrong one is refused in Danish, the app's current one lets in.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bekræft med din kode' })).toBeVisible();
  await submitCode(page, wrongCode(shown));
  await expectWrongCodeTold(page);
  await expectAxeClean(page);
  await submitCode(page, await nextCode(email));
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();

  // Lejre's demo admin sees that the new admin has a second factor, and resets it (a lost phone).
  await page.getByRole('button', { name: 'Log ud' }).click();
  await logIn(page, 'admin@lejre.demo');
  await page.goto('/#/users');
  const row = page.getByRole('table', { name: 'Brugere i kommunen' }).getByRole('row', { name: /Nanna Administrator/ });
  await expect(row).toContainText('Slået til');
  await row.getByRole('button', { name: 'Nulstil totrinsbekræftelse for Nanna Administrator' }).click();
  await expect(page.getByRole('status')).toHaveText('Totrinsbekræftelsen for Nanna Administrator er nulstillet. Brugeren sætter en ny op ved næste login.');
  await expect(row).toContainText('Ikke sat op');
});

test('an advisor may set up a second factor on their own page; from then on their login asks for its code', async ({ page, request }) => {
  const email = `ny-raadgiver-${Date.now().toString(36)}@lejre.test`;
  await newMember(page, request, email, 'Rasmus Rådgiver', 'ADVISOR');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  // Not required: the advisor works at once, and finds the offer in the menu.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Totrinsbekræftelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Totrinsbekræftelse' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Du kan beskytte din konto med en kode fra en godkendelsesapp ud over din adgangskode.');
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Sæt totrinsbekræftelse op' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await submitCode(page, firstCode(email, secret));
  await expect(page.getByRole('list', { name: 'Gem dine gendannelseskoder' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'Jeg har gemt koderne' }).click();
  await expect(page.getByRole('status')).toHaveText('Totrinsbekræftelse er slået til for din konto.');

  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bekræft med din kode' })).toBeVisible();
  await submitCode(page, await nextCode(email));
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
});
