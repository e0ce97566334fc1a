import { expect, test, type Page } from '@playwright/test';
import { logIn } from './log-in';

const FOREWORD = '<script>alert(1)</script> "citat" æøå';

/** Opens Beretninger and chooses 2024 with 2023 as comparison (2023 is published), creating the report when there is none. */
async function openReport2024(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Beretninger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beretninger' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Kalenderår').selectOption('2024');
  await expect(page).toHaveURL(/from=2024-01-01/);
  const comparison = page.getByRole('group', { name: 'Sammenligningsperiode' });
  await expect(comparison.getByLabel('Fra')).toHaveValue('2023-01-01');
  const section = page.getByRole('region', { name: 'Beretning', exact: true });
  const create = section.getByRole('button', { name: 'Opret beretning' });
  const status = section.getByTestId('report-status');
  await expect(create.or(status)).toBeVisible();
  if (await create.isVisible()) await create.click();
  await expect(status).toBeVisible();
}

test('the advisor writes the foreword and addresses a recommendation to CSI', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await logIn(page, 'advisor@lyngby-taarbaek.demo');
  await openReport2024(page);

  // The foreword is saved and shown exactly as typed after a reload.
  const text = page.getByRole('form', { name: 'Beretningens tekst' });
  await text.getByLabel('Forord').fill(FOREWORD);
  await text.getByRole('button', { name: 'Gem tekst' }).click();
  await expect(text.getByRole('status')).toHaveText(/Teksten er gemt/);
  await page.reload();
  await expect(page.getByRole('form', { name: 'Beretningens tekst' }).getByLabel('Forord')).toHaveValue(FOREWORD);
  expect(dialogs).toEqual([]);

  // A recommendation addressed to CSI, then removed.
  const recommendations = page.getByRole('region', { name: 'Anbefalinger' });
  await recommendations.getByRole('button', { name: 'Tilføj anbefaling' }).click();
  const form = recommendations.getByRole('form', { name: 'Ny anbefaling' });
  await form.getByLabel('Titel').fill('Hurtigere svar');
  await form.getByLabel('Tekst').fill('Svar inden for ti dage.');
  await form.getByRole('checkbox', { name: 'Center for Social Indsats', exact: true }).check();
  await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
  const item = recommendations.getByRole('listitem', { name: 'Hurtigere svar' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Center for Social Indsats');
  await expect(item).toContainText('Svar inden for ti dage.');

  await item.getByRole('button', { name: 'Fjern anbefalingen Hurtigere svar' }).click();
  await expect(recommendations.getByRole('listitem', { name: 'Hurtigere svar' })).toHaveCount(0);
  await expect(recommendations.getByText('Ingen anbefalinger endnu.')).toBeVisible();
  expect(dialogs).toEqual([]);
});
