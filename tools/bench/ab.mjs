#!/usr/bin/env node
// Interleaved A/B of the benchmarks: the code of another checkout (A, e.g. a worktree at the commit before a change)
// against this one (B), in the same run, alternating which goes first each round, so the machine's load falls on both.
// Prints each metric's values and the median ratio B/A (for a rate such as rows/s, the ratio is A/B, so that above 1
// always means B is worse).
//
//   git worktree add ../base <commit> && ln -s "$PWD/node_modules" ../base/node_modules
//   node tools/bench/ab.mjs --base ../base --rounds 2 bench-me bench-report-figures
//
// Each benchmark is the command of the nx target of the same name in tools/project.json of each checkout.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** What to read from each benchmark's output: a label, a pattern with one number, and whether more is better. */
const METRICS = {
  'bench-startup': [{ label: 'start-up median (s)', pattern: /median ([\d.]+) s/ }],
  'bench-me': [
    { label: 'me p95 (ms)', pattern: /p95 ([\d.]+)/ },
    { label: 'me req/s', pattern: /\((\d+) req\/s\)/, higherIsBetter: true },
  ],
  'bench-inquiry-list': [{ label: 'inquiry list p95 (ms), per query', pattern: /p95 ([\d.]+)/g }],
  'bench-import': [
    { label: 'import good file rows/s', pattern: /→ (\d+) rows\/s/, higherIsBetter: true },
    { label: 'import worker peak RSS (MB)', pattern: /worker peak RSS: (\d+) MB/ },
  ],
  'bench-report-figures': [{ label: 'report figures engine median (ms)', pattern: /engine \(loadReportInput \+ computeReportFigures\): median (\d+) ms/ }],
  'bench-report-documents': [
    { label: 'PDF + DOCX + XLSX median (ms)', pattern: /PDF \+ DOCX \+ XLSX: median (\d+) ms/ },
    { label: 'documents peak RSS (MB)', pattern: /peak RSS (\d+) MB/ },
  ],
  'bench-benchmark': [
    // Since issue 17 the refresh includes the published snapshot, as the nightly job does.
    { label: 'benchmark full refresh (s)', pattern: /refresh of all tenants(?: and the snapshot)?: ([\d.]+) s/ },
    { label: 'benchmark dashboard GraphQL p95 (ms)', pattern: /GraphQL, \d+ clients[^\n]*?p95 ([\d.]+)/ },
    { label: 'buildBenchmark (ms), per case', pattern: /buildBenchmark\(\d+\)[^\n]*?([\d.]+) ms/g },
    { label: 'public GET JSON p95 (ms)', pattern: /public GET JSON, \d+ clients[^\n]*?p95 ([\d.]+)/ },
  ],
};

function parseArgs(argv) {
  const options = { base: null, rounds: 2, targets: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base') options.base = resolve(argv[++i]);
    else if (argv[i] === '--rounds') options.rounds = Number(argv[++i]);
    else options.targets.push(argv[i]);
  }
  if (!options.base || options.targets.length === 0) throw new Error('usage: ab.mjs --base <checkout> [--rounds N] <bench-target>...');
  for (const target of options.targets) if (!METRICS[target]) throw new Error(`unknown benchmark ${target}; known: ${Object.keys(METRICS).join(', ')}`);
  return options;
}

function commandOf(checkout, target) {
  const project = JSON.parse(readFileSync(join(checkout, 'tools/project.json'), 'utf8'));
  return project.targets[target].options.command;
}

function run(checkout, command, logFile) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', ['-c', command], { cwd: checkout, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      writeFileSync(logFile, output);
      // A benchmark exits with 1 when it misses its own target: its figures still count for the comparison.
      if (code === 0 || code === 1) resolvePromise(output);
      else reject(new Error(`${command} in ${checkout} exited with ${code}; see ${logFile}`));
    });
  });
}

function numbersOf(output, pattern) {
  if (pattern.global) return [...output.matchAll(pattern)].map((m) => Number(m[1]));
  const match = output.match(pattern);
  return match ? [Number(match[1])] : [];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  const { base, rounds, targets } = parseArgs(process.argv.slice(2));
  const logs = join(ROOT, 'tmp/bench-ab');
  mkdirSync(logs, { recursive: true });
  console.log(`A/B: A = ${base}, B = ${ROOT}; ${rounds} rounds; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
  for (const target of targets) {
    const sides = { A: { checkout: base, values: [] }, B: { checkout: ROOT, values: [] } };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
      for (const side of order) {
        const { checkout } = sides[side];
        const output = await run(checkout, commandOf(checkout, target), join(logs, `${target}-${side}-${round + 1}.log`));
        sides[side].values.push(METRICS[target].map(({ pattern }) => numbersOf(output, pattern)));
        console.log(`  ${target} round ${round + 1} ${side} done; load average ${loadavg()[0].toFixed(2)}`);
      }
    }
    console.log(`\n${target}`);
    METRICS[target].forEach(({ label, higherIsBetter }, m) => {
      const ratios = [];
      for (let round = 0; round < rounds; round++) {
        const a = sides.A.values[round][m];
        const b = sides.B.values[round][m];
        a.forEach((value, i) => ratios.push(higherIsBetter ? value / b[i] : b[i] / value));
      }
      const show = (side) => sides[side].values.map((round) => round[m].join('/')).join(', ');
      console.log(`  ${label}: A ${show('A')}; B ${show('B')}; ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}; median ratio ${median(ratios).toFixed(2)}`);
    });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
