import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { graphql } from './api';
import { DEMO_PASSWORD, logIn } from './log-in';

const unique = () => Date.now().toString(36);

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/** A citizen with a closed inquiry, registered through the API by Norddjurs' advisor; the case number. */
async function registeredInquiry(request: APIRequestContext, name: string): Promise<string> {
  const { login } = await graphql<{ login: { accessToken: string } }>(request, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: 'advisor@norddjurs.demo', password: DEMO_PASSWORD },
  });
  const reference = `RET-${unique()}`;
  const { createCitizen } = await graphql<{ createCitizen: { id: string } }>(
    request,
    'mutation ($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }',
    { input: { reference: `B-${reference}`, displayName: name, email: 'sletmig@example.dk' } },
    login.accessToken,
  );
  await graphql(
    request,
    'mutation ($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
    { input: { reference, citizenId: createCitizen.id, receivedOn: '2024-02-01', closedOn: '2024-02-20', channel: 'PHONE', kind: 'GUIDANCE', summary: `${name} ringede om sin sag` } },
    login.accessToken,
  );
  return reference;
}

test('the tenant admin sets the retention within the bounds, with the field named when a value is outside them', async ({ page }) => {
  await logIn(page, 'admin@norddjurs.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sletteregler' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sletteregler' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Kommunens sletteregler' });
  const years = form.getByLabel('Opbevaring af persondata efter afslutning (år)');
  await expect(years).toHaveValue('5');
  await expect(form.getByLabel('Opbevaring af log (år)')).toHaveValue('5');
  await expect(form.getByLabel('Vent med at slette, til en arkiveringsversion af perioden er afleveret')).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);

  await years.fill('11');
  await form.getByRole('button', { name: 'Gem' }).click();
  const summary = form.getByRole('alert', { name: 'Der er et problem' });
  await expect(summary).toBeFocused();
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByRole('link')).toHaveCount(1);

  await years.fill('7');
  await form.getByLabel('Vent med at slette, til en arkiveringsversion af perioden er afleveret').uncheck();
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Slettereglerne er gemt.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Kommunens sletteregler' }).getByLabel('Opbevaring af persondata efter afslutning (år)')).toHaveValue('7');
  await expect(page.getByLabel('Vent med at slette, til en arkiveringsversion af perioden er afleveret')).not.toBeChecked();
});

test("the tenant admin holds an inquiry found by its case number, lifts the hold and erases the citizen's personal data after confirming", async ({ page, request }) => {
  const name = `Sletmig Borgersen ${unique()}`;
  const reference = await registeredInquiry(request, name);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, 'admin@norddjurs.demo');
  await page.goto('/#/retention');
  const find = page.getByRole('form', { name: 'Arkiveringshold og sletning af en borgers persondata' });
  await find.getByLabel('Sagsnummer').fill(reference);
  await find.getByRole('button', { name: 'Find henvendelse' }).click();
  const section = page.getByRole('region', { name: 'Arkiveringshold og sletning', exact: true });
  await expect(section.getByText('Henvendelsen har intet arkiveringshold.')).toBeVisible();
  // The tenant admin sees no case content.
  await expect(page.getByText(name)).toHaveCount(0);

  await section.getByLabel('Begrundelse for arkiveringshold').fill('Verserende sag ved Ankestyrelsen');
  await section.getByRole('button', { name: 'Sæt arkiveringshold' }).click();
  await expect(section.getByRole('status')).toHaveText('Arkiveringsholdet er sat.');
  await expect(section.getByText(/^Arkiveringshold: Verserende sag ved Ankestyrelsen/)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Slet borgerens persondata (artikel 17)' })).toBeDisabled();
  await section.getByLabel('Begrundelse for at ophæve holdet').fill('Sagen er afgjort');
  await section.getByRole('button', { name: 'Ophæv arkiveringshold' }).click();
  await expect(section.getByRole('status')).toHaveText('Arkiveringsholdet er ophævet.');

  await section.getByRole('button', { name: 'Slet borgerens persondata (artikel 17)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slet borgerens persondata' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(dialog).toBeHidden();
  await section.getByRole('button', { name: 'Slet borgerens persondata (artikel 17)' }).click();
  await dialog.getByRole('button', { name: 'Slet persondata' }).click();
  await expect(dialog.getByLabel('Begrundelse for sletning')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Begrundelse for sletning').fill('Borgerens anmodning efter artikel 17');
  await dialog.getByRole('button', { name: 'Slet persondata' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toHaveText('Borgerens persondata er slettet.');
  await expect(section.getByText(/^Persondata blev fjernet/)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Slet borgerens persondata (artikel 17)' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
