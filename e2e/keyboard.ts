import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, passSecondFactor } from './log-in';

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
  await passSecondFactor(page, email);
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

/**
 * The focused element shows it: an outline or a box shadow. A checkbox or radio button styled by Det Fælles
 * Designsystem hides the input and draws it (and its focus) on its label's ::before.
 */
export async function expectFocusVisible(page: Page): Promise<string> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const drawn = (target: Element, pseudo?: string) => {
      const style = getComputedStyle(target, pseudo);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== '');
    };
    const input = element as HTMLInputElement;
    const choice = element.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio');
    const label = choice ? document.querySelector(`label[for="${element.id}"]`) : null;
    const name = `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.id ?? ''} ${(element.textContent ?? '').trim().slice(0, 40)}`;
    return { name, visible: drawn(element) || (label !== null && (drawn(label) || drawn(label, '::before'))) };
  });
  expect(focus, 'something has the focus').not.toBeNull();
  expect(focus!.visible, `the focus on ${focus!.name} is visible`).toBe(true);
  return focus!.name;
}
