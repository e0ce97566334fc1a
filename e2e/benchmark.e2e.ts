import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { graphql } from './api';
import { DEMO_PASSWORD, logIn } from './log-in';

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
  await expect(page.getByRole('heading', { level: 1, name: 'Borgerrådgivernes tal: kommunerne sammenlignet' })).toBeVisible();
  await chooseYear(page, year);

  const card = page.locator(`[data-figure="${figureKey(figure)}"]`);
  await expect(card.getByRole('heading', { name: figure.nameDa })).toBeVisible();
  await expect(card.locator('.benchmark-national')).toContainText(`Landsmedian ${median}`);
  // The ranked bar chart, drawn as SVG: every municipality's bar and the national median's line.
  const chart = card.locator('svg');
  await expect(chart).toBeVisible();
  await expect(chart).toContainText(`Landsmedian ${median}`);
  for (const name of DEMO_MUNICIPALITIES) {
    await expect(chart).toContainText(name);
    const row = card.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const value = figure.values.find((v) => benchmark.tenants.find((t) => t.id === v.tenantId)?.name === name)?.value as number;
    await expect(row).toContainText(danish(value));
    await expect(row).toContainText(/[123] af 3/);
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
  const ownRow = page.locator(`[data-figure="${key}"] tr[data-tenant="${NORDDJURS}"]`);
  await expect(ownRow.getByRole('rowheader')).toHaveText(`${NORDDJURS} (egen kommune)`);
  await expect(ownRow.locator('[data-value]')).toHaveText(`${danish(own.value as number)}andre ser ".."`);
  await expect(ownRow.getByRole('cell').nth(1)).toHaveText(danish(own.count as number));
  await expect(page.locator(`[data-figure="${key}"] svg`)).toContainText(NORDDJURS);

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
