import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { QUEUES } from '@raadgiver/domain';
import { logIn } from './log-in';

test('the operator opens the queue board from the menu in a new tab; it shows every queue under its own strict policy', async ({ page, context }) => {
  await logIn(page, 'operator@raadgiver.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Køer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Køer' })).toBeVisible({ timeout: 30_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  const [board] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Åbn køoversigten' }).click()]);
  const refused: string[] = [];
  board.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
  await board.waitForURL(/\/ops\/queues\/$/);
  const menu = board.getByRole('navigation');
  for (const queue of Object.values(QUEUES)) await expect(menu.getByRole('link', { name: queue, exact: true })).toBeVisible();
  await menu.getByRole('link', { name: QUEUES.maintenance, exact: true }).click();
  await expect(board.getByText('maintenance.purge-expired-sessions').first()).toBeVisible();
  // Its scripts, styles and JSON come from the API under the board's policy; only inline styles and Google's fonts are
  // refused (the loading dots' animation, an icon's colours, the IBM Plex font: the system's sans-serif instead).
  expect(refused.filter((message) => !message.includes("directive: \"style-src 'self'\"") && !message.includes("directive 'style-src 'self''"))).toEqual([]);
});
