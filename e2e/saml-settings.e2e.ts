import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { selfSignedCertificate } from '../apps/api/src/sso/saml/self-signed-certificate';
import { logIn } from './log-in';
import { sidewaysScroll } from './reflow';

const CERTIFICATE = selfSignedCertificate(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey as KeyObject, 'Test IdP');

test("the tenant admin connects the municipality's SAML login in Danish, with field errors, usable at 390 px", async ({ page }) => {
  await logIn(page, 'admin@lejre.demo');
  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Kommunens SAML-login' });
  await section.getByLabel('Identitetsudbyderens entity id').fill('https://saml.adgangsstyring.eksterntest-stoettesystemerne.dk');
  await section.getByLabel('Identitetsudbyderens login-adresse').fill('ftp://idp.example');
  await section.getByLabel('Identitetsudbyderens certifikater').fill('ikke et certifikat');
  await section.getByLabel('Privilegier der giver rollen rådgiver').fill('http://lejre.dk/roles/usersystemrole/raadgiver/1');
  await section.getByLabel('Privilegier der giver rollen afdelingskontakt').fill('http://lejre.dk/roles/kontakt/1 = Findes ikke');
  await section.getByRole('button', { name: 'Gem' }).click();
  await expect(section.getByText('Enhederne findes ikke: Findes ikke').first()).toBeVisible();

  await section.getByLabel('Privilegier der giver rollen afdelingskontakt').fill('');
  await section.getByRole('button', { name: 'Gem' }).click();
  await expect(section.getByText('Identitetsudbyderens login-adresse skal være en https://-adresse').first()).toBeVisible();
  await expect(section.getByText('Identitetsudbyderens certifikat nr. 1 skal være et X.509-certifikat i PEM-form').first()).toBeVisible();

  await section.getByLabel('Identitetsudbyderens login-adresse').fill('https://saml.adgangsstyring.eksterntest-stoettesystemerne.dk/runtime/saml2/issue.idp');
  await section.getByLabel('Identitetsudbyderens certifikater').fill(CERTIFICATE);
  await section.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'SAML-login er gemt.' })).toBeVisible();
  await expect(section.getByRole('link', { name: /\/auth\/saml\/lejre\/metadata$/ })).toBeVisible();
  await expect(section.getByLabel('Privilegier der giver rollen rådgiver')).toHaveValue('http://lejre.dk/roles/usersystemrole/raadgiver/1');

  const { violations } = await new AxeBuilder({ page }).include('.settings-page').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(150);
  expect(await sidewaysScroll(page, 'settings', 390)).toEqual([]);
});
