#!/usr/bin/env node
// The production tree of the server image: the API, the worker, the libs they import and infra/migrate.ts compiled
// to JavaScript with swc (the `@raadgiver/*` aliases rewritten to relative requires), the lock file, production
// dependencies only (`npm ci --omit=dev`) and a CycloneDX SBOM of them. infra/Dockerfile runs exactly this:
//
//   node tools/build/server-bundle.mjs [OUT]        (default dist/server)
//
// Run OUT/apps/api/src/main.js, OUT/apps/worker/src/main.js or OUT/infra/migrate.js with plain `node`.
// Before installing, every package the compiled code requires is checked against package.json's dependencies: a
// runtime import of a devDependency fails the build here instead of the container at start.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFileSync } from '@swc/core';
import { installProductionDependencies, writeSbom } from './sbom.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What goes into the image: folders of TypeScript sources, and single files. */
export const SERVER_SOURCES = ['apps/api/src', 'apps/worker/src', 'libs/domain/src', 'libs/db/src', 'libs/reports/src', 'infra/migrate.ts'];

/** Tests, test harnesses and fixtures never reach the image. */
const EXCLUDED = [/\.(spec|int-spec)\.ts$/, /\/testing\//, /test-fixtures\.ts$/, /\.d\.ts$/];

function sourcesUnder(path) {
  const absolute = join(ROOT, path);
  if (path.endsWith('.ts')) return [path];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !EXCLUDED.some((pattern) => pattern.test(`/${file}`)));
}

function swcOptions() {
  const swcrc = JSON.parse(readFileSync(join(ROOT, '.swcrc'), 'utf8'));
  delete swcrc.$schema;
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));
  return {
    ...swcrc,
    swcrc: false,
    sourceMaps: true,
    jsc: { ...swcrc.jsc, baseUrl: ROOT, paths: compilerOptions.paths },
  };
}

/** Bare package names the compiled code requires (`pdfkit`, `@nestjs/core`), without Node's own modules. */
function requiredPackages(code) {
  const names = new Set();
  for (const [, specifier] of code.matchAll(/\brequire\("([^"]+)"\)/g)) {
    if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
  }
  return names;
}

export function compileServer(out) {
  const options = swcOptions();
  const packages = new Map();
  const files = SERVER_SOURCES.flatMap(sourcesUnder);
  for (const file of files) {
    const { code, map } = transformFileSync(join(ROOT, file), { ...options, filename: join(ROOT, file), sourceFileName: relative(join(out, dirname(file)), join(ROOT, file)) });
    const target = join(out, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
    for (const name of requiredPackages(code)) packages.set(name, [...(packages.get(name) ?? []), file]);
  }
  return { files: files.length, packages };
}

/** Fails when compiled code requires a package that `npm ci --omit=dev` will not install. */
export function checkRuntimeDependencies(packages, packageJson) {
  const dependencies = new Set(Object.keys(packageJson.dependencies ?? {}));
  const missing = [...packages].filter(([name]) => !dependencies.has(name) && !name.startsWith('@raadgiver/'));
  if (missing.length > 0) {
    const lines = missing.map(([name, files]) => `  ${name} (${files.slice(0, 3).join(', ')})`);
    throw new Error(`Runtime code requires packages that are not production dependencies in package.json:\n${lines.join('\n')}`);
  }
  const unresolved = [...packages.keys()].filter((name) => name.startsWith('@raadgiver/'));
  if (unresolved.length > 0) throw new Error(`Workspace aliases left unresolved: ${unresolved.join(', ')}`);
}

/** package.json of the tree: the root's, with scripts to start each role instead of the development ones. */
function productionPackageJson(packageJson) {
  const { scripts: _scripts, ...rest } = packageJson;
  return { ...rest, scripts: { api: 'node --enable-source-maps apps/api/src/main.js', worker: 'node --enable-source-maps apps/worker/src/main.js', migrate: 'node --enable-source-maps infra/migrate.js' } };
}

export function buildServerTree(out, npmArgs = []) {
  const started = Date.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const { files, packages } = compileServer(out);
  checkRuntimeDependencies(packages, packageJson);
  installProductionDependencies(out, productionPackageJson(packageJson), npmArgs);
  writeSbom(out, join(out, 'sbom.cdx.json'));
  return { files, packages: packages.size, seconds: (Date.now() - started) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'dist/server'));
  const { files, packages, seconds } = buildServerTree(out, process.argv.slice(3));
  console.log(`Compiled ${files} files (${packages} packages required at run time) into ${relative(process.cwd(), out) || '.'} in ${seconds.toFixed(1)} s`);
}
