import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { invitationPath } from './caught-mail';
import { logIn } from './log-in';

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page, width = 390) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** WCAG 2.1 A and AA as axe checks them, on the page as it is now (a dialog open, its errors shown). */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the tenant admin invites an advisor who joins by the mailed link; the admin changes the role and deactivates them', async ({ page, browser }) => {
  const email = `bruger-${Date.now()}@lejre.test`;
  const name = `Ny Bruger ${Date.now()}`;
  const password = 'en-lang-nok-adgangskode';

  await logIn(page, 'admin@lejre.demo');
  // On a phone the menu is folded behind its button.
  const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
  await menu.getByRole('button', { name: 'Menu' }).click();
  await menu.getByRole('link', { name: 'Brugere' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();
  const users = page.getByRole('table', { name: 'Brugere i kommunen' });
  await expect(users.getByRole('row', { name: /Administrator/ }).first()).toBeVisible();
  await expectNoSidewaysScroll(page);

  // Sent empty, the form lists every problem in its summary and says each at its field.
  await page.getByRole('button', { name: 'Inviter bruger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inviter en bruger' });
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const summary = dialog.getByRole('alert', { name: 'Der er et problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['E-mail skal udfyldes', 'Navn skal udfyldes', 'Roller: Vælg mindst én rolle.']);
  await expect(dialog.getByLabel('E-mail')).toHaveAccessibleDescription('Udfyld feltet.');
  await expect(dialog.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('group', { name: 'Roller' })).toContainText('Vælg mindst én rolle.');
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  // A department contact needs a unit: said at the units.
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('Navn').fill(name);
  await dialog.getByLabel('Kontaktperson i forvaltning').check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByRole('group', { name: /Enheder, som kontaktpersonen svarer for/ })).toContainText('Vælg mindst én enhed, som kontaktpersonen svarer for.');
  await expect(summary.getByRole('link')).toHaveText(['Enheder, som kontaktpersonen svarer for: Vælg mindst én enhed, som kontaktpersonen svarer for.']);

  await dialog.getByLabel('Kontaktperson i forvaltning').uncheck();
  await dialog.getByLabel('Borgerrådgiver').check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status')).toHaveText(`Invitationen til ${email} er sendt.`);
  const invitations = page.getByRole('table', { name: 'Åbne invitationer' });
  await expect(invitations.getByRole('row', { name: new RegExp(email) })).toContainText('Borgerrådgiver');

  // The invited person accepts through the e-mailed link and logs in, in a browser of their own.
  const theirs = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const invitee = await theirs.newPage();
  await invitee.goto(await invitationPath(email));
  await invitee.getByLabel('Vælg en adgangskode').fill(password);
  await invitee.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(invitee.getByRole('status')).toHaveText('Du er nu med i Lejre Kommune. Log ind for at fortsætte.');
  await logIn(invitee, email, password);
  await expect(invitee.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();

  // The admin sees the new member, active, with the time of that login; the invitation is no longer open.
  await page.reload();
  const row = users.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Borgerrådgiver');
  await expect(row).toContainText('Aktiv');
  await expect(row).not.toContainText('Aldrig');
  await expect(invitations.getByRole('row', { name: new RegExp(email) })).toHaveCount(0);

  // A role changed.
  await page.getByRole('button', { name: `Ret roller for ${name}` }).click();
  const roles = page.getByRole('dialog', { name: `Roller for ${name}` });
  await roles.getByLabel('Borgerrådgiver').uncheck();
  await roles.getByLabel('Byrådslæser').check();
  await roles.getByRole('button', { name: 'Gem roller' }).click();
  await expect(page.getByRole('status')).toHaveText(`Rollerne for ${name} er gemt.`);
  await expect(row).toContainText('Byrådslæser');
  await expect(row).not.toContainText('Borgerrådgiver');

  // Deactivated: the member's session in the municipality ends.
  await page.getByRole('button', { name: `Deaktiver ${name}` }).click();
  await page.getByRole('dialog', { name: `Deaktiver ${name}?` }).getByRole('button', { name: 'Deaktiver' }).click();
  await expect(page.getByRole('status')).toHaveText(`${name} er deaktiveret.`);
  await expect(row).toContainText('Deaktiveret');
  await expect(page.getByRole('button', { name: `Genaktiver ${name}` })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await invitee.reload();
  await expect(invitee.getByText('Din bruger har ingen adgang til sider i denne kommune.')).toBeVisible();
  await expect(invitee.getByRole('link', { name: 'Henvendelser' })).toHaveCount(0);
  await theirs.close();
});

test('the tenant admin cannot take their own admin role, and sends an open invitation again and withdraws it', async ({ page }) => {
  const email = `igen-${Date.now()}@lejre.test`;
  await logIn(page, 'admin@lejre.demo');
  await page.goto('/#/users');

  // The admin cannot take their own admin role: the API's answer is at the roles.
  await page.getByRole('button', { name: 'Ret roller for Jonas Brandt' }).click();
  const own = page.getByRole('dialog', { name: 'Roller for Jonas Brandt' });
  await own.getByLabel('Administrator').uncheck();
  await own.getByLabel('Borgerrådgiver').check();
  await own.getByRole('button', { name: 'Gem roller' }).click();
  await expect(own.getByRole('group', { name: 'Roller' })).toContainText('Du kan ikke fjerne din egen administratorrolle');
  await expect(own.getByRole('alert', { name: 'Der er et problem' }).getByRole('link')).toHaveText(['Du kan ikke fjerne din egen administratorrolle']);
  await own.getByRole('button', { name: 'Annuller' }).click();
  await expect(page.getByRole('table', { name: 'Brugere i kommunen' }).getByRole('row', { name: /Jonas Brandt/ })).toContainText('Administrator');

  await page.getByRole('button', { name: 'Inviter bruger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inviter en bruger' });
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('Navn').fill('Sendt To Gange');
  await dialog.getByLabel('Byrådslæser').check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const invitations = page.getByRole('table', { name: 'Åbne invitationer' });
  await expect(invitations.getByRole('row', { name: new RegExp(email) })).toContainText('Byrådslæser');

  await page.getByRole('button', { name: `Send igen til ${email}` }).click();
  await expect(page.getByRole('status')).toHaveText(`Invitationen til ${email} er sendt igen med et nyt link.`);
  await expect(invitations.getByRole('row', { name: new RegExp(email) })).toHaveCount(1);

  await page.getByRole('button', { name: `Træk tilbage: invitationen til ${email}` }).click();
  await expect(page.getByRole('status')).toHaveText(`Invitationen til ${email} er trukket tilbage.`);
  await expect(invitations.getByRole('row', { name: new RegExp(email) })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  // At 320 px (WCAG 2.1 reflow) too.
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page, 320);
});
