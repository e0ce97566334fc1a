/**
 * Benchmark, not a test: import of a 100,000-row inquiry CSV through the real worker path.
 * Targets: ≥ 5,000 rows/s and the worker process under 500 MB peak RSS.
 *
 * Prepares a fresh benchmark database with the demo data (tools/dev/prepare-database.ts), streams a
 * generated CSV to a temporary file (Lejre's units, categories and outcomes; one follow-up in ten),
 * stores it as an import_job as the API does, starts the worker as its own process
 * (apps/worker/src/main.ts) and enqueues inquiries.import. Measures from enqueueing to the job's end,
 * and reads the worker's peak RSS (VmHWM) from /proc before stopping it.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/import-inquiries.ts
 *   BENCH_ROWS=100000 ...
 *
 * Then, in the same run, a bad file of the largest size the upload accepts (50 MB, every row wrong twice over) in a
 * fresh worker: it must end as failed with the worker under 500 MB too; its peak is also given as a ratio to the
 * good file's.
 *
 * Postgres: BENCH_DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres. Redis: REDIS_URL, else redis://127.0.0.1:6379.
 */
import { createDataSource, inContext } from '@raadgiver/db';
import { exportHeader, formatExportRow, importJobQueueId, INQUIRY_CHANNELS, INQUIRY_KINDS, JOBS, QUEUES } from '@raadgiver/domain';
import { Queue, QueueEvents } from 'bullmq';
import { stringify } from 'csv-stringify';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareDatabase } from '../dev/prepare-database';

const ROOT = resolve(__dirname, '../..');
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TARGET_ROWS_PER_SECOND = 5_000;
const TARGET_PEAK_MB = 500;
const MB = 1024 * 1024;
/** What POST /imports/inquiries accepts (MAX_IMPORT_FILE_BYTES in the API). */
const MAX_IMPORT_BYTES = 50 * MB;

interface Catalog {
  tenantId: string;
  userId: string;
  units: string[];
  categories: string[];
  outcomes: string[];
}

/** A deterministic pseudo-random sequence, so every run imports the same file. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function writeCsv(path: string, catalog: Catalog): Promise<void> {
  const random = prng(20260101);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const day = (offset: number) => new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const out = createWriteStream(path);
  const csv = stringify();
  csv.pipe(out);
  const write = async (cells: string[]) => {
    if (!csv.write(cells)) await once(csv, 'drain');
  };
  await write(exportHeader());
  const citizenOf: string[] = [];
  for (let i = 0; i < ROWS; i += 1) {
    const reference = `BENCH-${String(i).padStart(7, '0')}`;
    // One in ten follows up the previous row, of the same citizen.
    const followUp = i % 10 === 9;
    const citizen = followUp ? citizenOf[i - 1] : `BC-${Math.floor(random() * ROWS * 0.4)}`;
    citizenOf.push(citizen);
    const received = Math.floor((i / ROWS) * 3_650);
    const kind = random() < 0.8 ? 'complaint' : pick(INQUIRY_KINDS);
    const closed = random() < 0.9 ? day(received + Math.floor(random() * 60)) : null;
    await write(
      formatExportRow({
        reference,
        receivedOn: day(received),
        channel: pick(INQUIRY_CHANNELS),
        citizenReference: citizen,
        kind,
        orgUnitName: pick(catalog.units),
        categoryNames: kind === 'complaint' ? [...new Set([pick(catalog.categories), pick(catalog.categories)])] : [],
        outcomeName: closed ? pick(catalog.outcomes) : null,
        mainReference: followUp ? `BENCH-${String(i - 1).padStart(7, '0')}` : null,
        firstContactOn: day(received + Math.floor(random() * 5)),
        closedOn: closed && closed >= day(received + 5) ? closed : null,
        summary: `Borgeren henvender sig om sag ${i} og oplever lang sagsbehandlingstid; har rykket ${i % 7} gange. Ønsker svar på, hvornår der træffes afgørelse.`,
      }),
    );
  }
  csv.end();
  await once(out, 'finish');
}

/** A file of the largest size the upload accepts in which every row is wrong: a date that does not exist and an unknown kind. */
async function writeBadCsv(path: string): Promise<number> {
  const out = createWriteStream(path);
  const header = `${exportHeader().join(',')}\n`;
  out.write(header);
  let bytes = Buffer.byteLength(header);
  let rows = 0;
  const filler = 'Borgeren oplever lang sagsbehandlingstid og har rykket flere gange uden svar. '.repeat(2);
  for (;;) {
    const line = `BAD-${String(rows).padStart(8, '0')},2024-02-30,BC-${rows % 40_000},klage,,,,,,,"${filler}",phone\n`;
    if (bytes + Buffer.byteLength(line) > MAX_IMPORT_BYTES) break;
    if (!out.write(line)) await once(out, 'drain');
    bytes += Buffer.byteLength(line);
    rows += 1;
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function waitForOutput(child: ChildProcess, text: string, ms: number): Promise<void> {
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker: no "${text}" after ${ms} ms:\n${output}`)), ms);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The worker's own account of the import: counts and phase times, no data.
      for (const line of chunk.toString().split('\n')) if (line.includes('Import ')) console.log(`worker: ${line.replace(/^.*?(Import )/, '$1')}`);
      if (output.includes(text)) {
        clearTimeout(timer);
        resolvePromise();
      }
    });
    child.once('exit', () => reject(new Error(`worker exited:\n${output}`)));
  });
}

function redisConnection(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 6379) };
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const { appUrl } = await prepareDatabase(adminUrl, 'raadgiver_bench_import', true);
  const ds = createDataSource({ url: appUrl, poolSize: 2, applicationName: 'raadgiver-bench' });
  await ds.initialize();
  const dir = mkdtempSync(join(tmpdir(), 'raadgiver-import-'));
  const queuePrefix = `bench-import-${process.pid}`;
  const connection = redisConnection(redisUrl);
  const queue = new Queue(QUEUES.imports, { connection, prefix: queuePrefix });
  const events = new QueueEvents(QUEUES.imports, { connection, prefix: queuePrefix });
  let worker: ChildProcess | undefined;

  /** As POST /imports/inquiries does: the file into import_job, then the job with ids only, run by a fresh worker process. */
  const importInWorker = async (file: string, fileName: string) => {
    const [login] = await ds.query<{ user_id: string; tenant_id: string }[]>(
      `SELECT u.id AS user_id, t.id AS tenant_id FROM auth_user_by_email('advisor@lejre.demo') u, tenant t WHERE t.slug = 'lejre'`,
    );
    const [{ id: importJobId }] = await inContext(ds, { tenantId: login.tenant_id, userId: login.user_id }, (em) =>
      em.query<{ id: string }[]>(
        `INSERT INTO import_job (tenant_id, user_id, file_name, format, content) VALUES ($1, $2, $3, 'csv', $4) RETURNING id`,
        [login.tenant_id, login.user_id, fileName, readFileSync(file)],
      ),
    );
    worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS ?? '', SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.base.json'), NODE_ENV: 'production', DATABASE_URL: appUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: queuePrefix, NO_COLOR: '1', WORKER_HTTP_PORT: 'off' },
    });
    await waitForOutput(worker, 'Worker started', 60_000);
    await events.waitUntilReady();
    const idleMb = peakRssMb(worker.pid as number);
    const started = process.hrtime.bigint();
    const job = await queue.add(JOBS.importInquiries.name, { tenantId: login.tenant_id, importJobId }, { jobId: importJobQueueId(login.tenant_id, importJobId) });
    const result = (await job.waitUntilFinished(events, 15 * 60_000)) as { status: string; insertedRows: number; errorCount: number };
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakMb = peakRssMb(worker.pid as number);
    await stopWorker();
    return { result, seconds, peakMb, idleMb };
  };

  const stopWorker = async () => {
    if (worker && worker.exitCode === null) {
      const exited = once(worker, 'exit');
      worker.kill('SIGTERM');
      await exited;
    }
  };

  try {
    const [login] = await ds.query<{ user_id: string; tenant_id: string }[]>(
      `SELECT u.id AS user_id, t.id AS tenant_id FROM auth_user_by_email('advisor@lejre.demo') u, tenant t WHERE t.slug = 'lejre'`,
    );
    const catalog = await inContext(ds, { tenantId: login.tenant_id, userId: login.user_id }, async (em) => ({
      tenantId: login.tenant_id,
      userId: login.user_id,
      units: (await em.query<{ name: string }[]>('SELECT name FROM org_unit WHERE valid_to IS NULL AND parent_id IS NOT NULL')).map((r) => r.name),
      categories: (await em.query<{ name: string }[]>('SELECT name FROM category')).map((r) => r.name),
      outcomes: (await em.query<{ name: string }[]>('SELECT name FROM outcome')).map((r) => r.name),
    }));
    const file = join(dir, 'inquiries.csv');
    const generated = Date.now();
    await writeCsv(file, catalog);
    console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
    console.log(`generated ${ROWS} rows, ${(statSync(file).size / MB).toFixed(1)} MB CSV, in ${((Date.now() - generated) / 1000).toFixed(1)} s`);

    const good = await importInWorker(file, 'bench.csv');
    const rate = ROWS / good.seconds;
    console.log(`import: ${good.result.status}, ${good.result.insertedRows} inserted, ${good.result.errorCount} errors, in ${good.seconds.toFixed(2)} s → ${Math.round(rate)} rows/s`);
    console.log(`worker peak RSS: ${good.peakMb.toFixed(0)} MB (idle before the job: ${good.idleMb.toFixed(0)} MB); bench process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    const goodPass = good.result.status === 'succeeded' && good.result.insertedRows === ROWS && rate >= TARGET_ROWS_PER_SECOND && good.peakMb < TARGET_PEAK_MB;

    const badFile = join(dir, 'bad.csv');
    const badRows = await writeBadCsv(badFile);
    const bad = await importInWorker(badFile, 'bad.csv');
    console.log(
      `bad file: ${badRows} rows, ${(statSync(badFile).size / MB).toFixed(1)} MB: ${bad.result.status}, ${bad.result.errorCount} errors counted, in ${bad.seconds.toFixed(2)} s; ` +
        `worker peak RSS ${bad.peakMb.toFixed(0)} MB = ${(bad.peakMb / good.peakMb).toFixed(2)} × the good file's`,
    );
    const badPass = bad.result.status === 'failed' && bad.result.errorCount === 2 * badRows && bad.peakMb < TARGET_PEAK_MB;

    console.log(goodPass ? `PASS: ≥ ${TARGET_ROWS_PER_SECOND} rows/s and < ${TARGET_PEAK_MB} MB` : `FAIL: targets ≥ ${TARGET_ROWS_PER_SECOND} rows/s, < ${TARGET_PEAK_MB} MB`);
    console.log(badPass ? `PASS: the bad file ends failed, every problem counted, < ${TARGET_PEAK_MB} MB` : `FAIL: the bad file must end failed with every problem counted, < ${TARGET_PEAK_MB} MB`);
    process.exitCode = goodPass && badPass ? 0 : 1;
  } finally {
    await stopWorker();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await events.close();
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
