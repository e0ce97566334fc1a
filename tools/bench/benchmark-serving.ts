/**
 * What tools/bench/benchmark.ts needs beside the API: the held answer it is measured against, the real worker, and
 * the time a changed registration takes to reach the public GET.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchLogin, BenchApi, graphql, processCpuMs } from './graphql-load';

const ROOT = resolve(__dirname, '../..');

async function waitForOutput(child: ReturnType<typeof spawn>, marker: string, what: string): Promise<void> {
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${what} did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(marker)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => fail(new Error(`${what} exited:\n${output}`)));
  });
}

/**
 * The held answer: plain Node `http`, in a process of its own like the API, answering every request with `body`
 * (the public JSON's bytes) from memory; what serving a held answer costs on this machine, nothing more.
 */
export async function startHeldAnswer(body: Buffer, port: number): Promise<BenchApi> {
  const file = join(mkdtempSync(join(tmpdir(), 'raadgiver-held-')), 'body.json');
  writeFileSync(file, body);
  const script = `const body = require('fs').readFileSync(${JSON.stringify(file)});
require('http').createServer((req, res) => { res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length }); res.end(body); })
  .listen(${port}, '127.0.0.1', () => console.log('listening'));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  await waitForOutput(child, 'listening', 'The held answer');
  return { url: `http://127.0.0.1:${port}/`, cpuMs: () => processCpuMs(child.pid!), stop: () => child.kill('SIGTERM') };
}

/** The worker (apps/worker/src/main.ts) as its own process on the benchmark database, once it takes jobs. */
export async function startBenchWorker(appUrl: string): Promise<{ stop(): void }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.base.json'), NODE_ENV: 'production', DATABASE_URL: appUrl, NO_COLOR: '1', WORKER_HTTP_PORT: 'off' },
  });
  await waitForOutput(child, 'Worker started', 'The worker');
  return { stop: () => child.kill('SIGTERM') };
}

/**
 * Seconds from a registration created through GraphQL by `slug`'s advisor (which asks for the tenant's debounced
 * refresh, as any change does) until the public GET of `url` answers with a new ETag; polled with If-None-Match
 * every 250 ms, as a revalidating cache would.
 */
export async function timeChangeShown(api: BenchApi, url: string, slug: string, year: number): Promise<number> {
  const token = await benchLogin(api, `advisor@${slug}.demo`);
  const before = (await fetch(url)).headers.get('etag') as string;
  const reference = `BENCH-CHANGE-${process.pid}`;
  const citizen = await graphql<{ createCitizen: { id: string } }>(api, JSON.stringify({
    query: 'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }',
    variables: { input: { reference, displayName: 'Benchmark borger' } },
  }), token);
  const started = Date.now();
  await graphql(api, JSON.stringify({
    query: 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
    variables: { input: { reference, receivedOn: `${year}-06-02`, channel: 'PHONE', citizenId: citizen.createCitizen.id, kind: 'GUIDANCE', summary: 'Benchmark: en ændret registrering' } },
  }), token);
  while (Date.now() - started < 300_000) {
    const response = await fetch(url, { headers: { 'if-none-match': before } });
    await response.arrayBuffer();
    if (response.status === 200 && response.headers.get('etag') !== before) return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 250));
  }
  return Number.POSITIVE_INFINITY;
}
