import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './log-in';

/** Counts pointer input the user made (trusted events only); a keyboard-only test expects none. */
export async function countPointerInput(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = window as unknown as { pointerInput: number };
    counter.pointerInput = 0;
    for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
      window.addEventListener(
        type,
        (event) => {
          if (event.isTrusted) counter.pointerInput += 1;
        },
        true,
      );
    }
  });
}

export async function pointerInputCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { pointerInput: number }).pointerInput);
}

/** Signs in by typing and pressing Enter. */
export async function logInByKeyboard(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode').press('Enter');
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}

/** Presses Tab until `target` has the focus, as a user tabbing through a form would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 25): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Moves a focused select with the arrow keys until the chosen option's text matches. */
export async function arrowToOption(page: Page, select: Locator, text: RegExp, maxPresses = 40): Promise<void> {
  await expect(select).toBeFocused();
  for (let i = 0; i < maxPresses; i += 1) {
    if (text.test((await select.locator('option:checked').textContent()) ?? '')) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(select.locator('option:checked')).toHaveText(text);
}
