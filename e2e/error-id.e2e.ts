import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { apiLogIn, graphql } from './api';
import { DEMO_PASSWORD, logIn } from './log-in';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

const CREATE_INQUIRY = 'mutation ($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }';

test("a refused action shows the API's message with the request's id in small print, as the response header has it", async ({ page, request }) => {
  // A main case with a follow-up case, which the API refuses to delete (a conflict that names no field of a form).
  const token = await apiLogIn(request, 'advisor@norddjurs.demo', DEMO_PASSWORD);
  const reference = `FEJLID-${unique()}`;
  const { createCitizen } = await graphql<{ createCitizen: { id: string } }>(request, 'mutation ($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', { input: { reference: `B-${reference}`, displayName: 'Borger' } }, token);
  const inquiry = (own: string, mainInquiryId?: string) => ({ reference: own, receivedOn: '2024-03-01', channel: 'PHONE', citizenId: createCitizen.id, kind: 'GUIDANCE', categoryIds: [], summary: 'Spørgsmål om en afgørelse', mainInquiryId });
  const main = await graphql<{ createInquiry: { id: string } }>(request, CREATE_INQUIRY, { input: inquiry(reference) }, token);
  await graphql(request, CREATE_INQUIRY, { input: inquiry(`${reference}-2`, main.createInquiry.id) }, token);

  await logIn(page, 'advisor@norddjurs.demo');
  await page.goto(`/#/inquiries/${main.createInquiry.id}`);
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
  await page.getByRole('button', { name: 'Slet', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Slet henvendelse ${reference}` });
  const answer = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('deleteInquiry'));
  await dialog.getByRole('button', { name: 'Slet henvendelsen' }).click();
  const requestId = (await answer).headers()['x-request-id'];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Henvendelsen har 1 opfølgningssag(er)');
  await expect(alert.getByText(`Fejl-id: ${requestId}`, { exact: true })).toBeVisible();

  // WCAG 2.1 A and AA as axe checks them, with the error and its id shown.
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
