#!/usr/bin/env node
// After `tsc` has compiled an app and the libs it imports into OUT (default dist/out-tsc), make the
// `@raadgiver/*` imports resolve at run time the way Node resolves any package: a small package
// under OUT/node_modules pointing at each compiled lib. Run the result with plain `node`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(ROOT, process.argv[2] ?? 'dist/out-tsc');
const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));

for (const [name, [target]] of Object.entries(compilerOptions.paths)) {
  const pkg = join(out, 'node_modules', name);
  mkdirSync(pkg, { recursive: true });
  const main = relative(pkg, join(out, target, 'index.js'));
  writeFileSync(join(pkg, 'package.json'), `${JSON.stringify({ name, private: true, main }, null, 2)}\n`);
}
console.log(`Linked ${Object.keys(compilerOptions.paths).length} workspace libraries under ${relative(ROOT, out)}/node_modules`);
