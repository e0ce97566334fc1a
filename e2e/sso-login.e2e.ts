import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { apiLogIn, graphql } from './api';
import { SUMMARY } from './error-summary';
import { DEMO_PASSWORD, logIn } from './log-in';
import { ADMIN_PORT } from './ports';

const ADMIN = `http://127.0.0.1:${ADMIN_PORT}`;
const CLIENT = { client_id: 'raadgiver-e2e-lejre', client_secret: 'e2e-client-secret-0123456789abcdef' };

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The API's test OpenID provider (apps/api/src/testing/oidc-provider-process.mjs), registered for Lejre's callback. */
function startProvider(): Promise<{ issuer: string; child: ChildProcess }> {
  const clients = [{ ...CLIENT, redirect_uris: [`${ADMIN}/auth/oidc/lejre/callback`], post_logout_redirect_uris: [`${ADMIN}/`] }];
  const child = spawn(process.execPath, [resolve(__dirname, '../apps/api/src/testing/oidc-provider-process.mjs')], {
    env: { ...process.env, OIDC_TEST_CLIENTS: JSON.stringify(clients) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.once('exit', () => fail(new Error('the test OpenID provider exited')));
    child.stdout?.once('data', (chunk: Buffer) => done({ issuer: (JSON.parse(chunk.toString().split('\n')[0]) as { issuer: string }).issuer, child }));
  });
}

const SAVE = 'mutation S($input: OidcSettingsInput!) { saveOidcSettings(input: $input) { enabled } }';

test("the login page finds the municipality by e-mail domain and logs in through the municipality's own login", async ({ page, request }) => {
  const { issuer, child } = await startProvider();
  try {
    // The tenant admin connects Lejre's provider on the settings page; a wrong issuer is said at its field first.
    await logIn(page, 'admin@lejre.demo');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indstillinger' }).click();
    const section = page.getByRole('region', { name: 'Kommunens login (OpenID Connect)' });
    await section.getByLabel('Udsteder (issuer-URL)').fill('http://idp.example.dk');
    await section.getByLabel('Klient-id').fill(CLIENT.client_id);
    await section.getByLabel('Klienthemmelighed').fill(CLIENT.client_secret);
    await section.getByLabel('E-maildomæner').fill('lejre.dk, lejre-kommune.dk');
    await section.getByRole('button', { name: 'Gem login' }).click();
    const summary = section.getByRole('alert', { name: SUMMARY });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toContainText(['skal være en https-adresse']);
    await expectNoAxeViolations(page);
    await section.getByLabel('Udsteder (issuer-URL)').fill(issuer);
    await section.getByRole('button', { name: 'Gem login' }).click();
    await expect(section.getByRole('status')).toHaveText('Kommunens login er gemt.');
    // The secret is never shown again: only that one is stored.
    await expect(section.getByLabel('Klienthemmelighed')).toHaveValue('');
    await expect(section.getByLabel('Klienthemmelighed')).toHaveAccessibleDescription(/En hemmelighed blev gemt/);
    await expect(section.getByText(`${ADMIN}/auth/oidc/lejre/callback`)).toBeVisible();
    await page.getByRole('button', { name: 'Log ud' }).click();

    // A new colleague types their work address: the login page offers Lejre's own login.
    await expect(page.getByRole('heading', { name: 'Log ind på Raadgiver' })).toBeVisible();
    await page.getByLabel('E-mail').fill('ny.kollega@lejre.dk');
    const button = page.getByRole('link', { name: 'Log ind med Lejre Kommunes login' }).first();
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('href', '/auth/oidc/lejre/login');
    // The chooser offers it too.
    await page.getByRole('combobox', { name: 'Kommune' }).selectOption({ label: 'Lejre Kommune' });
    await expect(page.getByRole('region', { name: 'Kommunens eget login' }).getByRole('link', { name: 'Log ind med Lejre Kommunes login' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Through the provider and back: signed in, waiting for the tenant admin to grant a role.
    const next = await request.post(`${issuer}/test/next-login`, { data: { sub: `e2e-${Date.now()}`, email: 'ny.kollega@lejre.dk', name: 'Ny Kollega' } });
    expect(next.ok()).toBe(true);
    await button.click();
    await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
    await expect(page.getByText('Din bruger har ingen adgang til sider i denne kommune.')).toBeVisible();
  } finally {
    // Other tests see the login page without Lejre's login.
    const login = { accessToken: await apiLogIn(request, 'admin@lejre.demo', DEMO_PASSWORD) };
    await graphql(request, SAVE, { input: { issuerUrl: issuer, clientId: CLIENT.client_id, emailDomains: [], ssoRequired: false, enabled: false } }, login.accessToken);
    child.kill('SIGTERM');
  }
});
