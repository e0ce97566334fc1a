import { expect, test } from '@playwright/test';
import { apiLogIn, graphql } from './api';
import { invitationPath } from './caught-mail';
import { DEMO_PASSWORD } from './log-in';

test('a person invited by e-mail opens the link, chooses a password and logs in to the municipality', async ({ page, request }) => {
  const email = `ny-${Date.now()}@lejre.test`;
  const password = 'en-lang-nok-adgangskode';
  const token = await apiLogIn(request, 'admin@lejre.demo', DEMO_PASSWORD);
  await graphql(
    request,
    'mutation ($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id } }',
    { input: { email, displayName: 'Ny Rådgiver', roles: ['ADVISOR'] } },
    token,
  );

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(await invitationPath(email));
  await expect(page.getByRole('heading', { name: 'Invitation til Raadgiver' })).toBeVisible();
  await expect(page.getByText('Du er inviteret til Lejre Kommune som borgerrådgiver.')).toBeVisible();

  await page.getByLabel('Vælg en adgangskode').fill('kort');
  await page.getByRole('button', { name: 'Tag imod invitationen' }).click();
  // The message is at the field and, linked to it, in the error summary.
  await expect(page.getByLabel('Vælg en adgangskode')).toHaveAccessibleDescription(/Adgangskoden skal være mellem/);
  await expect(page.getByRole('alert', { name: 'Der er et problem' }).getByRole('link')).toHaveText(/^Vælg en adgangskode: Adgangskoden skal være mellem/);
  await expect(page.getByLabel('Vælg en adgangskode')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Vælg en adgangskode').fill(password);
  await page.getByRole('button', { name: 'Tag imod invitationen' }).click();
  await expect(page.getByRole('status')).toHaveText('Du er nu med i Lejre Kommune. Log ind for at fortsætte.');
  await page.getByRole('link', { name: 'Gå til log ind' }).click();

  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();

  // The link was used: opened again, it says so.
  await page.goto(await invitationPath(email));
  await expect(page.getByRole('alert')).toContainText('Linket virker ikke');
});
