import { publishBenchmarkSnapshotInContext } from '@raadgiver/db';
import { COMPARABILITY_REASON_TEXTS, publicBenchmarkPath } from '@raadgiver/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { createTestDatabase, TestDatabase, uniqueName } from '@raadgiver/testing';
import { wholePublicBenchmark } from '../testing/public-benchmark-query';
import { startTestApi, TestApi } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess, WorkerProcess } from '../testing/worker-process';
import { PUBLIC_BENCHMARK_CACHE_CONTROL } from './public-benchmark.controller';

// A database clone, the API and the real worker as a process; the refresh runs through the queue.
jest.setTimeout(120_000);


interface Benchmark {
  year: number;
  years: number[];
  figures: { metric: string; code: string | null; values: { tenantId: string; value: number | null; count: number | null; comparability: string[] }[] }[];
}

describe('the public benchmark as a cacheable GET', () => {
  const queuePrefix = uniqueName('test_public_benchmark');
  let db: TestDatabase;
  let api: TestApi;
  let worker: WorkerProcess;
  let norddjurs: string;
  let year: number;
  const saved = { prefix: process.env.QUEUE_PREFIX, delay: process.env.BENCHMARK_REFRESH_DELAY_MS };

  const get = (format: 'json' | 'csv', etag?: string) =>
    fetch(`${api.url}${publicBenchmarkPath(year, format)}`, { headers: etag ? { 'if-none-match': etag } : {} });

  const registrations = (benchmark: Benchmark) =>
    benchmark.figures.find((f) => f.metric === 'registrations_per_10000' && f.code === null)?.values.find((v) => v.tenantId === norddjurs);

  beforeAll(async () => {
    db = await createTestDatabase();
    norddjurs = (await db.admin.query<{ id: string }>(`UPDATE tenant SET benchmark_opt_in = true WHERE slug = 'norddjurs' RETURNING id`)).rows[0].id;
    await publishBenchmarkSnapshotInContext(db.app);
    process.env.QUEUE_PREFIX = queuePrefix;
    // The refresh right after the registration: the test waits for the worker, not for the debounce.
    process.env.BENCHMARK_REFRESH_DELAY_MS = '0';
    api = await startTestApi(db);
    worker = await startWorkerProcess(db.appUrl, queuePrefix);
    const newest = await api.gql<{ publicBenchmark: Benchmark }>(`{ publicBenchmark { year } }`);
    year = newest.data?.publicBenchmark.year as number;
  });

  afterAll(async () => {
    process.env.QUEUE_PREFIX = saved.prefix;
    process.env.BENCHMARK_REFRESH_DELAY_MS = saved.delay;
    await worker?.stop();
    killWorkerProcesses();
    await api?.close();
    await db?.drop();
  });

  it('serves exactly what publicBenchmark answers, with a strong ETag, CDN caching and 304 when unchanged', async () => {
    const response = await get('json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe(PUBLIC_BENCHMARK_CACHE_CONTROL);
    const etag = response.headers.get('etag') as string;
    // fetch takes gzip (and unpacks it): the compressed form has an ETag of its own.
    expect(etag).toMatch(/^"[0-9a-f]{32}-\d{4}-json-gzip"$/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const plain = await fetch(`${api.url}${publicBenchmarkPath(year, 'json')}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('etag')).toBe(etag.replace('-gzip"', '"'));
    const plainBytes = Buffer.from(await plain.arrayBuffer());
    const query = await wholePublicBenchmark<Benchmark>(api, year);
    expect(query.errors).toBeUndefined();
    const body = await response.json();
    expect(body).toEqual(query.data);
    expect(JSON.parse(plainBytes.toString())).toEqual(body);
    expect(Number(plain.headers.get('content-length'))).toBe(plainBytes.length);

    const unchanged = await get('json', etag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(await unchanged.text()).toBe('');

    const csv = await get('csv');
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(csv.headers.get('etag')).toBe(etag.replace('-json-gzip"', '-csv-gzip"'));
    // Danish: ';' between cells, decimal commas (fetch's text() drops the byte order mark, so it is checked in bytes).
    expect(text.split('\r\n')[0]).toBe('År;Figur;Kode;Serie;Kommune;Værdi;Antal henvendelser;Sammenlignelighed');
    expect(text).toMatch(/;\d+,\d+;/);
    expect(text).not.toMatch(/;\d+\.\d+;/);
    expect([...Buffer.from(await (await get('csv')).arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    // The index the public page reads first: the years and the date of the data, which the JSON carries too.
    const index = await fetch(`${api.url}/public/benchmark/index.json`);
    expect(index.headers.get('cache-control')).toBe(PUBLIC_BENCHMARK_CACHE_CONTROL);
    const { years, updatedAt } = (await index.json()) as { years: number[]; updatedAt: string };
    expect(years).toContain(year);
    expect(new Date(updatedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect((body as { updatedAt: string }).updatedAt).toBe(updatedAt);
    expect((await fetch(`${api.url}/public/benchmark/index.json`, { headers: { 'if-none-match': index.headers.get('etag') as string } })).status).toBe(304);

    expect((await fetch(`${api.url}/public/benchmark/1999.json`)).status).toBe(404);
    expect((await fetch(`${api.url}/public/benchmark/${year}.xlsx`)).status).toBe(404);
  });

  it("says in the JSON, the CSV and the downloads why a year's figures are not fully comparable: Lyngby-Taarbæk began in March 2022", async () => {
    const [{ id: lyngby }] = (await db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lyngby-taarbaek'`)).rows;
    const partial = COMPARABILITY_REASON_TEXTS.partial_year[0];
    const json = (await (await fetch(`${api.url}${publicBenchmarkPath(2022, 'json')}`)).json()) as Benchmark;
    const lyngbyValues = json.figures.flatMap((f) => f.values.filter((v) => v.tenantId === lyngby));
    expect(lyngbyValues.length).toBeGreaterThan(0);
    for (const value of lyngbyValues) expect(value.comparability).toEqual(['partial_year']);
    // Not in a year it covered whole.
    const whole = (await (await fetch(`${api.url}${publicBenchmarkPath(2023, 'json')}`)).json()) as Benchmark;
    expect(whole.figures.flatMap((f) => f.values.filter((v) => v.tenantId === lyngby)).every((v) => v.comparability.length === 0)).toBe(true);

    const lyngbyRows = (rows: string[][]) => rows.filter((row) => row[4] === 'Lyngby-Taarbæk Kommune');
    const publicCsv = parse(await (await fetch(`${api.url}${publicBenchmarkPath(2022, 'csv')}`)).text(), { bom: true, delimiter: ';' }) as string[][];
    const downloadCsv = parse(Buffer.from(await (await fetch(`${api.url}/benchmark/2022.csv`)).arrayBuffer()).toString('utf8'), { bom: true }) as string[][];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(`${api.url}/benchmark/2022.xlsx`)).arrayBuffer()) as ArrayBuffer);
    const xlsx: string[][] = [];
    workbook.worksheets[0].eachRow((row) => xlsx.push((row.values as unknown[]).slice(1).map((cell) => (cell === null || cell === undefined ? '' : String(cell)))));
    for (const rows of [publicCsv, downloadCsv, xlsx]) {
      expect(rows[0][7]).toBe('Sammenlignelighed');
      expect(lyngbyRows(rows).length).toBe(lyngbyValues.length);
      for (const row of lyngbyRows(rows)) expect(row[7]).toBe(partial);
      // The statistics' rows are about no one municipality.
      expect(rows.filter((row) => row[3] === 'Landsmedian').every((row) => (row[7] ?? '') === '')).toBe(true);
    }
  });

  it('after a registration in Norddjurs and the refresh it triggers, the ETag changes and the value moves', async () => {
    const first = await get('json');
    const etag = first.headers.get('etag') as string;
    const firstBody = (await first.json()) as Benchmark & { updatedAt: string };
    const before = registrations(firstBody);
    expect(before?.count).toEqual(expect.any(Number));

    const advisor = await api.login('advisor@norddjurs.demo');
    const citizen = await api.createCitizen(advisor, uniqueName('public-benchmark'));
    const created = await api.gql(`mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`, {
      input: { reference: uniqueName('PB'), receivedOn: `${year}-06-02`, channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE', summary: 'Spørgsmål om sagsbehandling' },
    }, advisor);
    expect(created.errors).toBeUndefined();

    // Unchanged until the worker's refresh has published; then a new version.
    let changed: Response | undefined;
    for (const until = Date.now() + 60_000; Date.now() < until && !changed; await new Promise((r) => setTimeout(r, 200))) {
      const response = await get('json', etag);
      if (response.status === 200) changed = response;
      else expect(response.status).toBe(304);
    }
    expect(changed).toBeDefined();
    const next = changed as Response;
    const nextEtag = next.headers.get('etag') as string;
    expect(nextEtag).not.toBe(etag);
    expect(registrations((await next.json()) as Benchmark)?.count).toBe((before?.count as number) + 1);
    expect((await get('json', nextEtag)).status).toBe(304);
    // The index moves with it: a later date of the data.
    const index = (await (await fetch(`${api.url}/public/benchmark/index.json`)).json()) as { updatedAt: string };
    expect(new Date(index.updatedAt).getTime()).toBeGreaterThan(new Date(firstBody.updatedAt).getTime());
  });
});
