#!/usr/bin/env node
// Fails when `npm install` on this Node would print EBADENGINE: every package in package-lock.json whose
// `engines.node` the running Node (or the one named by --node) does not satisfy, checked as npm checks it
// (npm-install-checks: semver with prereleases included; optional packages are not checked).
//
//   node tools/test/check-engines.mjs                 the running Node
//   node tools/test/check-engines.mjs --node 22.13.0  another version (the suite checks the lowest of each range)
//   node tools/test/check-engines.mjs --lock <file>   another lock file (the suite's own cases)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The lock file's packages that npm would warn about on `nodeVersion`, as "name@version needs node <range>". */
export function engineMismatches(lock, nodeVersion) {
  const mismatches = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const range = entry.engines?.node;
    if (!path || entry.optional || typeof range !== 'string') continue;
    if (semver.satisfies(nodeVersion, range, { includePrerelease: true })) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    mismatches.push(`${name}@${entry.version} needs node ${range}`);
  }
  return [...new Set(mismatches)].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const nodeVersion = option('--node') ?? process.version;
  const lockFile = option('--lock') ?? join(ROOT, 'package-lock.json');
  const mismatches = engineMismatches(JSON.parse(readFileSync(lockFile, 'utf8')), nodeVersion);
  if (mismatches.length > 0) {
    process.stderr.write(`npm install on node ${nodeVersion} warns EBADENGINE for ${mismatches.length} package(s) in ${lockFile}:\n`);
    for (const line of mismatches) process.stderr.write(`  ${line}\n`);
    process.exit(1);
  }
  process.stdout.write(`every package in ${lockFile} supports node ${nodeVersion}\n`);
}
