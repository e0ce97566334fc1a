import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './log-in';
import { ROLES, checkMenuPages, sidewaysScroll, type Finding } from './reflow';

/** WCAG 2.1 level A and AA, as axe tags them. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Desktop, 1366 px at 200 % zoom (683 CSS px), and the reflow width WCAG 2.1 names (320 CSS px). */
const DESKTOP = 1366;
const ZOOMED = 683;
const WIDTHS = [DESKTOP, ZOOMED, 320];

/** The axe violations on the page as it stands, one line each: rule, impact and the first offending element. */
async function axeFindings(page: Page, name: string, width: number): Promise<Finding[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return violations.map((v) => ({ page: name, width, problem: `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}` }));
}

/** Checks the page: axe on the desktop and at 320 px, and no sideways scroll at 320 px and at 200 % zoom. */
async function check(page: Page, name: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // Let the layout settle (a collapsing menu, a chart redrawn to the new width).
    await page.waitForTimeout(150);
    if (width !== ZOOMED) findings.push(...(await axeFindings(page, name, width)));
    if (width !== DESKTOP) findings.push(...(await sidewaysScroll(page, name, width)));
  }
  await page.setViewportSize({ width: DESKTOP, height: 900 });
  return findings;
}

/** The footer every page has: the help and the accessibility statement the law asks for. */
async function expectFooterLinks(page: Page) {
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'Hjælp' })).toHaveAttribute('href', '#/help');
  await expect(footer.getByRole('link', { name: 'Tilgængelighedserklæring' })).toHaveAttribute('href', '#/accessibility');
}

test("the help page puts the reader's own role first, and the statement names what does not conform and a contact", async ({ page }) => {
  await page.goto('/');
  await expectFooterLinks(page);
  await page.goto('/#/benchmark');
  await expectFooterLinks(page);
  await logIn(page, 'council@lejre.demo');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Hjælp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hjælp' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Byrådsmedlem og læser');
  await expect(page.getByRole('heading', { level: 3, name: 'Rådgiver' })).toBeVisible();
  await expect(page.getByText('Alt+N')).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Det, der endnu ikke er tilgængeligt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'tilgaengelighed@raadgiver.dk' })).toHaveAttribute('href', 'mailto:tilgaengelighed@raadgiver.dk');
  await page.getByRole('link', { name: 'Til forsiden' }).click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
});

test.describe('every page of every role meets WCAG 2.1 AA (axe) and reflows without sideways scroll', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the login page and the public benchmark', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();
    const findings = await check(page, 'login');
    await page.goto('/#/benchmark');
    // The first visit compiles the page's module (charts included) in the dev server.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.benchmark-figure').first()).toBeVisible({ timeout: 30_000 });
    // A figure opened: its chart, its table and the funnels with theirs.
    await page.locator('[data-figure="registrations_per_10000"] summary').click();
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 30_000 });
    findings.push(...(await check(page, 'public benchmark')));
    for (const [path, title] of [['help', 'Hjælp'], ['accessibility', 'Tilgængelighedserklæring']]) {
      await page.goto(`/#/${path}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      findings.push(...(await check(page, title)));
    }
    expect(findings).toEqual([]);

    // The check itself: an image without a text alternative is found.
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
    expect((await axeFindings(page, 'public benchmark', DESKTOP)).map((f) => f.problem)).toEqual([expect.stringMatching(/^image-alt \(critical\)/)]);
  });

  for (const { role, email } of ROLES) {
    test(`the ${role}'s pages`, async ({ page }) => {
      // Axe three times on each page; the tenant admin's menu has ten.
      test.setTimeout(300_000);
      const findings = await checkMenuPages(page, email, async (name) => {
        await expectFooterLinks(page);
        return check(page, name);
      });
      expect(findings).toEqual([]);
    });
  }
});
