#!/usr/bin/env node
// The production dependencies, installed the way the server image installs them, and their CycloneDX SBOM.
//
//   npm run sbom                      dist/sbom.cdx.json for the repository (installs into a temporary folder)
//   (server-bundle.mjs)               OUT/sbom.cdx.json of the server image's tree (/app/sbom.cdx.json)
//
// The SBOM is made from the installed tree after devDependencies are struck from its package.json, not with
// `npm sbom --omit dev` over the whole lock: that drops production packages that a development tool also names as a
// peer (pg, graphql here; npm/cli#7909), and lists one copy of a package the lock holds in several versions.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `npm ci --omit=dev` from the repository's lock file into `dir`, whose package.json is `packageJson` for the install
 * (the lock must match it) and loses its devDependencies afterwards: the tree then names only what it holds.
 */
export function installProductionDependencies(dir, packageJson, npmArgs = []) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  copyFileSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', ...npmArgs], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  const { devDependencies: _dev, ...production } = packageJson;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(production, null, 2)}\n`);
}

/** Writes the CycloneDX SBOM of the tree installed in `dir` to `target`. */
export function writeSbom(dir, target) {
  const sbom = execFileSync('npm', ['sbom', '--omit', 'dev', '--sbom-format', 'cyclonedx', '--sbom-type', 'application'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  JSON.parse(sbom);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, sbom);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = resolve(process.argv[2] ?? join(ROOT, 'dist/sbom.cdx.json'));
  const dir = mkdtempSync(join(tmpdir(), 'raadgiver-sbom-'));
  try {
    installProductionDependencies(dir, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')), ['--prefer-offline', '--ignore-scripts', ...process.argv.slice(3)]);
    writeSbom(dir, target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Wrote ${target}`);
}
