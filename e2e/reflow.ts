import { expect, type CDPSession, type Page } from '@playwright/test';
import { logIn } from './log-in';

/** Every role's demo login; the walk opens each page its menu offers, so a new page is walked as soon as it is in a menu. */
export const ROLES = [
  { role: 'advisor', email: 'advisor@lejre.demo' },
  { role: 'tenant admin', email: 'admin@lejre.demo' },
  { role: 'department contact', email: 'contact@lejre.demo' },
  { role: 'council viewer', email: 'council@lejre.demo' },
  { role: 'operator', email: 'operator@raadgiver.demo' },
];

/** The menu's pages of the signed-in user, by link text and address. */
export async function menuPages(page: Page): Promise<{ name: string; href: string }[]> {
  const links = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link');
  return links.evaluateAll((elements) => elements.map((a) => ({ name: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
}

/**
 * Signs in as `email`, opens each page of the user's menu in turn and waits until it has loaded (its heading, no busy
 * region), then collects what `check` finds there.
 */
export async function checkMenuPages(page: Page, email: string, check: (name: string) => Promise<Finding[]>): Promise<Finding[]> {
  await logIn(page, email);
  const pages = await menuPages(page);
  expect(pages.length).toBeGreaterThan(0);
  const findings: Finding[] = [];
  for (const { name, href } of pages) {
    await page.goto(`/${href}`);
    // The first visit of a page compiles its module in the dev server.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    // Whatever the page loads first is there: no busy region left.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    findings.push(...(await check(name)));
  }
  return findings;
}

export interface Finding {
  page: string;
  /** The viewport, e.g. `320 px` or `200 % text at 1366 px`. */
  width: number | string;
  problem: string;
}

/**
 * Sideways scroll of the page (the scrolling element wider than its client area), naming the outermost elements that
 * reach past the viewport's right edge. A table that scrolls inside its own region does not count.
 */
export async function sidewaysScroll(page: Page, name: string, width: number | string): Promise<Finding[]> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const viewport = root.clientWidth;
    if (root.scrollWidth <= viewport) return null;
    const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${Array.from(e.classList).join('.')}` : ''}`;
    const culprits: string[] = [];
    const visit = (element: Element) => {
      const box = element.getBoundingClientRect();
      if (box.right > viewport + 1 && box.width > 0) {
        culprits.push(`${element.parentElement ? describe(element.parentElement) : ''} > ${describe(element)} (${Math.round(box.right)} px)`);
        return;
      }
      // What a scrolling region (a wide table's) holds cannot widen the page, unless it is positioned against
      // something outside the region, which the region then does not clip.
      if (getComputedStyle(element).overflowX !== 'visible') {
        for (const inner of Array.from(element.querySelectorAll<HTMLElement>('*'))) {
          const escapes = getComputedStyle(inner).position === 'absolute' && !element.contains(inner.offsetParent);
          if (escapes && inner.getBoundingClientRect().right > viewport + 1) culprits.push(`${describe(element)} ⊃ ${describe(inner)}, positioned outside it`);
        }
        return;
      }
      for (const child of Array.from(element.children)) visit(child);
    };
    visit(document.body);
    return { scrollWidth: root.scrollWidth, culprits: culprits.slice(0, 3) };
  });
  return overflow ? [{ page: name, width, problem: `the page scrolls sideways, ${overflow.scrollWidth} px wide: ${overflow.culprits.join('; ')}` }] : [];
}

/** Chromium's default font sizes (Settings › Appearance › Font size "Medium"). */
const DEFAULT_FONT_SIZES = { standard: 16, fixed: 13 };

/**
 * Text at `percent` % as a reader gets it with the browser's text size setting (Chromium's font size, Firefox's
 * "zoom text only"): the default font size changes, so whatever is sized in rem and em grows, while pixel sizes, the
 * viewport and media queries in px stay. CDP's Page.setFontSizes sets exactly that preference, so a root font size
 * fixed in px (which ignores the reader's setting, WCAG 1.4.4) shows up as not growing.
 */
export async function zoomText(page: Page, percent: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const scale = percent / 100;
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: Math.round(DEFAULT_FONT_SIZES.standard * scale), fixed: Math.round(DEFAULT_FONT_SIZES.fixed * scale) },
  });
  return cdp;
}

export async function resetTextZoom(cdp: CDPSession): Promise<void> {
  await cdp.send('Page.setFontSizes', { fontSizes: DEFAULT_FONT_SIZES });
  await cdp.detach();
}
