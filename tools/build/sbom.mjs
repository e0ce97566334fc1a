#!/usr/bin/env node
// A CycloneDX SBOM of the production dependencies (`npm sbom --omit dev`, built into npm 10+), from the lock file.
//
//   npm run sbom                      writes dist/sbom.cdx.json for the repository
//   (server-bundle.mjs)               writes OUT/sbom.cdx.json for the server image's tree (/app/sbom.cdx.json)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Writes the SBOM of the project in `dir` (its package.json and package-lock.json) to `target`. */
export function writeSbom(dir, target) {
  const sbom = execFileSync('npm', ['sbom', '--omit', 'dev', '--sbom-format', 'cyclonedx', '--sbom-type', 'application', '--package-lock-only'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  JSON.parse(sbom);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, sbom);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = resolve(process.argv[2] ?? join(ROOT, 'dist/sbom.cdx.json'));
  writeSbom(ROOT, target);
  console.log(`Wrote ${target}`);
}
