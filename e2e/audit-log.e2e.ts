import { expect, test } from '@playwright/test';
import { logIn } from './log-in';

test("the citizen log export asks for a citizen, and shows the API's refusal in its summary and at the field", async ({ page }) => {
  await logIn(page, 'admin@lejre.demo');
  await page.goto('/#/audit-log');
  const exportForm = page.getByRole('form', { name: 'Alle hændelser om en borger' });
  const citizenId = exportForm.getByLabel('Borger-id');
  const summary = exportForm.getByRole('alert', { name: 'Der er et problem' });
  const send = exportForm.getByRole('button', { name: 'Hent som CSV' });

  await send.click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Borger-id skal udfyldes']);
  await expect(citizenId).toHaveAttribute('aria-invalid', 'true');
  await expect(citizenId).toHaveAccessibleDescription('Udfyld feltet.');

  await citizenId.fill('ikke-et-id');
  await send.click();
  await expect(summary.getByRole('link')).toHaveText(['Borger skal være et gyldigt id']);
  await expect(citizenId).toHaveAccessibleDescription('Borger skal være et gyldigt id');

  await citizenId.fill('00000000-0000-4000-8000-000000000000');
  await send.click();
  await expect(summary.getByRole('link')).toHaveText(['Borgeren findes ikke']);
  await summary.getByRole('link').click();
  await expect(citizenId).toBeFocused();
  await expect(exportForm.getByRole('status')).toHaveText('');
});
