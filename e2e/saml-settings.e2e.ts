import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { logIn } from './log-in';
import { sidewaysScroll } from './reflow';

/** A test identity provider's signing certificate (self-signed, valid for 30 years; its key was not kept). */
const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIICzDCCAbSgAwIBAgIQUOap4Q0lcur2CAfat+nF1jANBgkqhkiG9w0BAQsFADAh
MR8wHQYDVQQDDBZSYWFkZ2l2ZXIgZTJlIHRlc3QgSWRQMCAXDTI2MTIwNjEzNTUy
MVoYDzIwNTYxMjA2MTM1NTIxWjAhMR8wHQYDVQQDDBZSYWFkZ2l2ZXIgZTJlIHRl
c3QgSWRQMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0PDMvEK3ccR+
uMH/IwAbB0+1mw60eYyKwYvT86TH2syWAIY1X0nQs4YS6wexB5wJpyR2abSDb0dX
8/YGJY1hqtmQUodv+DEAwCv5YYWU2Sqh+vOuz4i0UyWW3FKtGAdudzvwVt3Oejet
rQZW3SOJ8Ga+Cx5SIx4JygOuoIo06DSyjJtzj3TPS06EI9yqO9LdvWOpIMK59KIE
2j9g73eT9FulRoSMNF+VR3qsKbo7UXEKa+hQOHS9slSVmTG9nR9gwJ4zPtufl1RM
+nidGWAEwWe2ZMqfUh5dvN3MMg2YlBKjuWXZiBftm3vRRPAJK74uPv8ZlGZY57DV
whJdcUAFrwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQAMUt6KHruxVv2oQJq+m3u4
DFSRJXRqVHXAK1MG+uy8F7VpEgmYALCz9QkTzEvEFUYSO+QNlYRIHgAyuidqdjaI
mva6X3N8UuPdG9YxTAtFOMqxrSGBWw9gumjzv1P0ePztrWtLu1a36G+sRfA1IXTr
kpKcmNFICcuBEwgqFbXuqWvLKUMF2mZEhTFSUFvbVrmQf0aq/qFFix0R7MePXtNq
TFRtdB8MerXjS5fN5Hnf6yEl8sqvfc50OyhVF4zlxMckx2IpBiP7s6kt9Fv1LwPG
ScYoUXhi9CVb30SpgcJSninpHPMSMe+cxUWtqIJAzvVJ5hmBI08P5Dk33A9zr4jF
-----END CERTIFICATE-----`;

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
