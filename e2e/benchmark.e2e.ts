import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { graphql } from './api';
import { DEMO_PASSWORD, logIn } from './log-in';
import { sidewaysScroll } from './reflow';

const DEMO_MUNICIPALITIES = ['Lejre Kommune', 'Lyngby-Taarbæk Kommune', 'Norddjurs Kommune'];
const NORDDJURS = 'Norddjurs Kommune';

interface ApiValue {
  tenantId: string;
  own: boolean;
  value: number | null;
  count: number | null;
  suppressed: boolean;
}

interface ApiBenchmark {
  year: number;
  years: number[];
  tenants: { id: string; name: string }[];
  figures: { metric: string; code: string | null; nameDa: string; national: { median: number } | null; values: ApiValue[] }[];
}

const BENCHMARK_FIELDS = `year years tenants { id name }
  figures { metric code nameDa national { median } values { tenantId own value count suppressed } }`;

/** A GraphQL call to the API through the admin's proxy, as the page makes it. */
async function publicBenchmark(request: APIRequestContext, year: number | null): Promise<ApiBenchmark> {
  const data = await graphql<{ publicBenchmark: ApiBenchmark }>(request, `query ($year: Int) { publicBenchmark(year: $year) { ${BENCHMARK_FIELDS} } }`, { year });
  return data.publicBenchmark;
}

/** As the page writes a benchmark value: at most one decimal, a decimal comma in Danish. */
function danish(value: number): string {
  return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(value);
}

function english(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
}

const figureKey = (figure: { metric: string; code: string | null }) => (figure.code === null ? figure.metric : `${figure.metric}:${figure.code}`);

type ApiFigure = ApiBenchmark['figures'][number];

/** Figures of the whole municipality that every demo municipality can have; the first needs the population. */
const SIDE_BY_SIDE_METRICS = ['registrations_per_10000', 'complaint_share'];

/** The newest year with a whole-municipality figure that the three demo municipalities all have, with the national median. */
async function figureWithAllThree(request: APIRequestContext): Promise<{ year: number; benchmark: ApiBenchmark; figure: ApiFigure }> {
  const latest = await publicBenchmark(request, null);
  for (const year of [...latest.years].sort((a, b) => b - a)) {
    const benchmark = year === latest.year ? latest : await publicBenchmark(request, year);
    const nameOf = (value: ApiValue) => benchmark.tenants.find((t) => t.id === value.tenantId)?.name;
    const figure = SIDE_BY_SIDE_METRICS.map((metric) => benchmark.figures.find((f) => f.metric === metric)).find((candidate) => {
      const named = new Set(candidate?.values.filter((v) => v.value !== null).map(nameOf));
      return candidate?.national && DEMO_MUNICIPALITIES.every((name) => named.has(name));
    });
    if (figure) return { year, benchmark, figure };
  }
  throw new Error(`No year of ${latest.years.join(', ')} has ${SIDE_BY_SIDE_METRICS.join(' or ')} for all three demo municipalities with a national median`);
}

async function chooseYear(page: Page, year: number): Promise<void> {
  await page.getByLabel('År', { exact: true }).selectOption(String(year));
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
}

test('the public page, without login, shows the three demo municipalities side by side with the national median', async ({ page, request }) => {
  const { year, benchmark, figure } = await figureWithAllThree(request);
  const nationalMedian = figure.national?.median as number;
  const median = danish(nationalMedian);

  await page.goto('/');
  await page.getByRole('link', { name: 'Sammenlign kommuner' }).click();
  // The first visit compiles the page's module (charts included) in the dev server.
  await expect(page.getByRole('heading', { level: 1, name: 'Borgerrådgivernes tal: kommunerne sammenlignet' })).toBeVisible({ timeout: 30_000 });
  await chooseYear(page, year);

  const card = page.locator(`[data-figure="${figureKey(figure)}"]`);
  await expect(card.getByRole('heading', { name: figure.nameDa })).toBeVisible();
  await expect(card.locator('[data-overview-median]')).toHaveText(`Landsmedian: ${median}`);
  // The figure opens to its chart and table.
  await card.locator('summary').click();
  await expect(card.locator('.benchmark-national')).toContainText(`Landsmedian ${median}`);
  // The ranked bar chart, drawn as SVG: every municipality's bar and the national median's line.
  const chart = card.locator('.benchmark-bars svg');
  await expect(chart).toBeVisible();
  await expect(chart).toContainText(`Landsmedian ${median}`);
  for (const name of DEMO_MUNICIPALITIES) {
    await expect(chart).toContainText(name);
    const row = card.getByRole('region', { name: figure.nameDa, exact: true }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const value = figure.values.find((v) => benchmark.tenants.find((t) => t.id === v.tenantId)?.name === name)?.value as number;
    await expect(row).toContainText(danish(value));
    // Where it lies, in words with a direction, not a rank whose 1 might be the best or the worst.
    await expect(row.locator('[data-position]')).toHaveText(/^(blandt de 25 % med (færrest|flest|lavest|højest) .+|under landsmedianen|over landsmedianen|på landsmedianen)$/);
    await expect(row).not.toContainText(/\d af \d/);
  }
  // The figures can be downloaded without login.
  await expect(page.getByRole('link', { name: 'Hent CSV' })).toHaveAttribute('href', `/benchmark/${year}.csv`);

  // In English through the language switch.
  await page.getByLabel('Sprog').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: "Citizen advisors' figures: municipalities compared" })).toBeVisible();
  await expect(card.locator('.benchmark-national')).toContainText(`National median ${english(nationalMedian)}`);
});

test(`a Norddjurs advisor sees Norddjurs' own figures unsuppressed, which the public sees as ".."`, async ({ page, browser, request }) => {
  // What the dashboard holds for Norddjurs, from the API as the advisor: a figure the public sees as "..".
  const login = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: 'advisor@norddjurs.demo', password: DEMO_PASSWORD } },
  );
  const dashboard = await graphql<{ benchmarkDashboard: { benchmark: ApiBenchmark } }>(
    request,
    `query { benchmarkDashboard { benchmark { ${BENCHMARK_FIELDS} } } }`,
    {},
    login.login.accessToken,
  );
  const { year, figures } = dashboard.benchmarkDashboard.benchmark;
  const hidden = figures.find((f) => f.values.some((v) => v.own && v.suppressed && v.value !== null && v.count !== null));
  if (!hidden) throw new Error(`Norddjurs has no figure in ${year} that the public sees as ".."`);
  const own = hidden.values.find((v) => v.own) as ApiValue;
  const key = figureKey(hidden);
  // The public query indeed hides it.
  const published = (await publicBenchmark(request, year)).figures.find((f) => figureKey(f) === key)?.values.find((v) => v.tenantId === own.tenantId);
  expect(published).toMatchObject({ value: null, count: null, suppressed: true });

  await logIn(page, 'advisor@norddjurs.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sammenligning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammenligning' })).toBeVisible();
  await chooseYear(page, year);
  await page.locator(`[data-figure="${key}"] summary`).click();
  const ownRow = page.locator(`[data-figure="${key}"] tr[data-tenant="${NORDDJURS}"]`);
  await expect(ownRow.getByRole('rowheader')).toHaveText(`${NORDDJURS} (egen kommune)`);
  await expect(ownRow.locator('[data-value]')).toHaveText(`${danish(own.value as number)}andre ser ".."`);
  await expect(ownRow.getByRole('cell').nth(1)).toHaveText(danish(own.count as number));
  await expect(page.locator(`[data-figure="${key}"] .benchmark-bars svg`)).toContainText(NORDDJURS);

  // The own key figures beside the national median.
  const registrations = figures.find((f) => f.metric === 'registrations_per_10000');
  const ownRegistrations = registrations?.values.find((v) => v.own)?.value;
  if (ownRegistrations !== null && ownRegistrations !== undefined) {
    await expect(page.getByRole('region', { name: `Egne tal ${year}` }).locator('[data-figure="registrations_per_10000"]')).toContainText(danish(ownRegistrations));
  }

  // The public, in a browser without login, sees ".." in the same cell.
  const anonymous = await browser.newContext();
  try {
    const publicPage = await anonymous.newPage();
    await publicPage.goto(`/#/benchmark?year=${year}`);
    await publicPage.locator(`[data-figure="${key}"] summary`).click();
    const publicRow = publicPage.locator(`[data-figure="${key}"] tr[data-tenant="${NORDDJURS}"]`);
    await expect(publicRow.locator('[data-value]')).toHaveText('..');
    await expect(publicRow.getByRole('cell').nth(1)).toHaveText('..');
  } finally {
    await anonymous.close();
  }
});

test("a tenant admin's comment on the year's figures is shown beside them on the public page", async ({ page, browser }) => {
  const comment = `Lejre registrerer også telefonopkald (${Date.now()}).`;
  await logIn(page, 'admin@lejre.demo');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sammenligning' }).click();
  const settings = page.getByRole('region', { name: 'Indstillinger for sammenligningen' });
  await expect(settings.getByLabel('Vis kommunens navn i den nationale sammenligning')).toBeChecked();
  const year = Number(await page.getByLabel('År', { exact: true }).inputValue());
  await settings.getByLabel(`Kommentar til tallene for ${year}`).fill(comment);
  await settings.getByRole('button', { name: 'Gem kommentar' }).click();
  await expect(settings.getByRole('status')).toHaveText('Kommentaren er gemt.');

  const anonymous = await browser.newContext();
  try {
    const publicPage = await anonymous.newPage();
    await publicPage.goto(`/#/benchmark?year=${year}`);
    const comments = publicPage.getByRole('complementary', { name: 'Kommunernes kommentarer' });
    await expect(comments.locator('[data-tenant="Lejre Kommune"]')).toContainText(comment);
  } finally {
    await anonymous.close();
  }

  // Empty removes it again.
  await settings.getByLabel(`Kommentar til tallene for ${year}`).fill('');
  await settings.getByRole('button', { name: 'Gem kommentar' }).click();
  await expect(settings.getByRole('status')).toHaveText('Kommentaren er fjernet.');
});

interface ApiFunnel {
  kind: string;
  target: number;
  points: { tenantId: string; count: number; position: string }[];
}

/** The newest year with a registrations funnel with points, as the API gives it to the public. */
async function registrationsFunnel(request: APIRequestContext, years: readonly number[]): Promise<{ year: number; funnel: ApiFunnel; names: Map<string, string> }> {
  for (const year of [...years].sort((a, b) => b - a)) {
    const data = await graphql<{ publicBenchmark: { tenants: { id: string; name: string }[]; figures: { metric: string; funnels: ApiFunnel[] }[] } }>(
      request,
      'query ($year: Int) { publicBenchmark(year: $year) { tenants { id name } figures { metric funnels { kind target points { tenantId count position } } } } }',
      { year },
    );
    const funnel = data.publicBenchmark.figures.find((f) => f.metric === 'registrations_per_10000')?.funnels.find((f) => f.kind === 'registrations_per_10000');
    if (funnel && funnel.points.length > 0) return { year, funnel, names: new Map(data.publicBenchmark.tenants.map((t) => [t.id, t.name])) };
  }
  throw new Error(`No year of ${years.join(', ')} has a registrations funnel with named points`);
}

for (const width of [1366, 390]) {
  test(`the public page at ${width} px: an overview first, one explanation of "..", a funnel plot with its table and words, axe clean`, async ({ page, request }) => {
    const height = 800;
    await page.setViewportSize({ width, height });
    const latest = await publicBenchmark(request, null);
    const thisYear = new Date().getFullYear();
    const complete = latest.years.filter((year) => year < thisYear);
    const expectedYear = complete.length > 0 ? Math.max(...complete) : latest.year;

    // The page reads the cacheable public files, not GraphQL (which the shell still asks about the session).
    const asked: string[] = [];
    page.on('request', (request) => asked.push(`${new URL(request.url()).pathname} ${request.postData() ?? ''}`.trim()));
    await page.goto('/#/benchmark');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.benchmark-figure').first()).toBeVisible({ timeout: 30_000 });
    expect(asked).toContain('/public/benchmark/index.json');
    expect(asked).toContain(`/public/benchmark/${expectedYear}.json`);
    expect(asked.filter((request) => request.includes('publicBenchmark'))).toEqual([]);
    // It opens on the last complete year, not the one still under way.
    await expect(page.getByLabel('År', { exact: true })).toHaveValue(String(expectedYear));
    await expect(page.locator('[data-provisional]')).toHaveCount(0);

    // The rest is read in the newest year with a funnel to draw.
    const { year: funnelYear, funnel, names } = await registrationsFunnel(request, latest.years);
    if (funnelYear !== expectedYear) await chooseYear(page, funnelYear);

    // The overview: the first figure's line is on the first screen, and no chart stands before it (none is drawn
    // until a figure is opened).
    const first = page.locator('.benchmark-figure').first();
    await expect(first.locator('[data-overview-median]')).toBeVisible();
    const box = await first.locator('summary').boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(height);
    await expect(page.locator('.benchmark-figure .chart')).toHaveCount(0);
    const lines = await page.locator('.benchmark-figure').count();
    expect(lines).toBeGreaterThan(10);
    // One line a figure: the whole overview is a few screens, not 19,000 px.
    const overviewHeight = await page.locator('.benchmark-groups').evaluate((e) => e.getBoundingClientRect().height);
    expect(overviewHeight).toBeLessThan(lines * (width < 600 ? 170 : 80) + 1200);

    // '..' and a missing value are explained once on the whole page, even with figures opened.
    const registrations = page.locator('[data-figure="registrations_per_10000"]');
    await registrations.locator('summary').click();
    await page.locator('[data-figure="complaint_share"] summary').click();
    await expect(page.locator('main').getByText(/færre end 5/)).toHaveCount(1);
    await expect(page.locator('main').getByText(/"\.\." betyder/)).toHaveCount(1);
    await expect(page.locator('main').getByText(/"–" betyder/)).toHaveCount(1);

    // The funnel: its chart with Danish numbers on the axes, the points as a table in a focusable region, and in
    // words the named municipalities outside the limits.
    const plot = registrations.locator('[data-funnel="registrations_per_10000"]');
    await expect(plot.getByRole('heading', { name: 'Henvendelser pr. 10.000 indbyggere mod indbyggertal' })).toBeVisible();
    await expect(plot.locator('.benchmark-funnel-summary')).toContainText(`Landsgennemsnittet er ${danish(funnel.target)}`);
    for (const point of funnel.points) {
      const name = names.get(point.tenantId) as string;
      await expect(plot.locator(`tr[data-tenant="${name}"]`)).toContainText(new Intl.NumberFormat('da-DK').format(point.count));
      if (point.position.startsWith('above')) await expect(plot.locator('.benchmark-funnel-summary')).toContainText(new RegExp(`Over grænserne: [^.]*${name}`));
      if (point.position.startsWith('below')) await expect(plot.locator('.benchmark-funnel-summary')).toContainText(new RegExp(`Under grænserne: [^.]*${name}`));
    }
    if (funnel.points.length > 0 && funnel.points.every((p) => p.position === 'within')) await expect(plot.locator('.benchmark-funnel-summary')).toContainText('Alle viste kommuner ligger inden for grænserne');
    const axisTexts = await plot.locator('svg text').allTextContents();
    expect(axisTexts.some((text) => /^\d{1,3}(\.\d{3})+$/.test(text))).toBe(true);
    expect(axisTexts.filter((text) => /^\d+\.\d{1,2}$/.test(text))).toEqual([]);
    const region = plot.getByRole('region', { name: 'Henvendelser pr. 10.000 indbyggere mod indbyggertal' });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(page.locator('[data-figure="complaint_share"] [data-funnel]')).toHaveCount(2);

    expect(await sidewaysScroll(page, 'public benchmark', width)).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

    // The year under way, when there is one, is provisional, with the date the figures are counted to.
    if (latest.years.includes(thisYear)) {
      await chooseYear(page, thisYear);
      await expect(page.locator('[data-provisional]')).toContainText(`Foreløbige tal: ${thisYear} er ikke slut`);
    }
  });
}

interface ComparableBenchmark {
  tenants: { id: string; name: string }[];
  figures: { metric: string; code: string | null; values: { tenantId: string; value: number | null; comparability: string[] }[] }[];
}

test("a value whose year is not fully comparable has a mark that says why on focus and on hover, and once on the page what the mark means", async ({ page, request }) => {
  // The demo's first such year, as the public sees it (Lyngby-Taarbæk began registering in March 2022).
  const { years } = await publicBenchmark(request, null);
  let found: { year: number; name: string; figure: ComparableBenchmark['figures'][number] } | null = null;
  for (const year of years) {
    const data = await graphql<{ publicBenchmark: ComparableBenchmark }>(
      request,
      `query ($year: Int) { publicBenchmark(year: $year) { tenants { id name } figures { metric code values { tenantId value comparability } } } }`,
      { year },
    );
    const figure = data.publicBenchmark.figures.find((f) => f.metric === 'registrations_per_10000');
    const marked = figure?.values.find((v) => v.comparability.includes('partial_year') && v.value !== null);
    if (figure && marked) {
      found = { year, name: data.publicBenchmark.tenants.find((t) => t.id === marked.tenantId)?.name as string, figure };
      break;
    }
  }
  if (!found) throw new Error(`No year of ${years.join(', ')} has a demo municipality whose year is a partial one`);
  const { year, name, figure } = found;
  const reason = 'Registreringerne dækker kun en del af året';

  await page.goto(`/#/benchmark?year=${year}`);
  await expect(page.locator('.benchmark-figure').first()).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Kommune i oversigten').selectOption({ label: name });
  const line = page.locator(`[data-figure="${figureKey(figure)}"]`);

  // The overview's mark: its line, reached with the keyboard, shows the reason, which describes the line.
  const mark = line.locator('[data-overview-value] .comparability-mark');
  await expect(mark).toHaveText(/\*/);
  await expect(mark).toContainText('Ikke fuldt sammenlignelig');
  const summary = line.locator('summary');
  await page.getByLabel('Kommune i oversigten').focus();
  for (let tab = 0; tab < 40 && !(await summary.evaluate((e) => e === document.activeElement)); tab += 1) await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  const tooltip = line.locator('[data-overview-value] [role="tooltip"]');
  await expect(tooltip).toHaveText(reason);
  await expect(summary).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id')) as string);
  await expect(tooltip).toHaveClass(/open/);
  expect((await tooltip.boundingBox())?.width).toBeGreaterThan(50);
  // Escape hides it; so does leaving the line.
  await page.keyboard.press('Escape');
  await expect(tooltip).not.toHaveClass(/open/);
  await page.keyboard.press('Tab');
  await expect(summary).not.toBeFocused();
  await expect(tooltip).not.toHaveClass(/open/);

  // The table of the opened figure: the mark in the municipality's value cell, the reason there for screen readers, shown on hover.
  await line.locator('summary').click();
  const cell = line.locator(`tr[data-tenant="${name}"] [data-value]`);
  await expect(cell).toContainText(reason);
  const cellTooltip = cell.getByRole('tooltip', { includeHidden: true });
  const cellMark = cell.getByRole('button', { name: 'Ikke fuldt sammenlignelig' });
  await expect(cellMark).toHaveAttribute('aria-describedby', (await cellTooltip.getAttribute('id')) as string);
  await expect(cellTooltip).not.toHaveClass(/open/);
  await cellMark.hover();
  await expect(cellTooltip).toHaveClass(/open/);
  // Hoverable: the pointer may move onto the text without it closing.
  await cellTooltip.hover();
  await expect(cellTooltip).toHaveClass(/open/);
  await page.mouse.move(0, 0);
  await expect(cellTooltip).not.toHaveClass(/open/);
  await cellMark.focus();
  await expect(cellTooltip).toHaveClass(/open/);

  // What the mark means, said once for the whole page.
  await expect(page.locator('main').getByText(/\* ved et tal betyder/)).toHaveCount(1);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // At 390 px an open reason stays on the page: no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByLabel('Kommune i oversigten').focus();
  for (let tab = 0; tab < 40 && !(await summary.evaluate((e) => e === document.activeElement)); tab += 1) await page.keyboard.press('Tab');
  await expect(tooltip).toHaveClass(/open/);
  expect(await sidewaysScroll(page, 'public benchmark, reason open', 390)).toEqual([]);
  // Leaving the line for the mark in its table keeps the focus there, though the line re-renders as its reason closes.
  await cellMark.focus();
  await expect(cellMark).toBeFocused();
  await expect(cellTooltip).toHaveClass(/open/);
  expect(await sidewaysScroll(page, 'public benchmark, reason in the table open', 390)).toEqual([]);
});
