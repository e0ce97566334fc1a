#!/usr/bin/env node
// Fails when committed generated code is stale: the GraphQL schema file (from the API's resolvers)
// and the admin's typed operations (graphql-codegen from that schema). It regenerates both into a
// scratch copy and compares, so it never rewrites the working tree.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA = 'apps/api/schema.gql';
const GENERATED = 'apps/admin/src/gql';

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'raadgiver-generated-'));
try {
  const env = { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') };
  const sdl = execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', '-e', `require('./apps/api/src/schema/emit-schema.ts').buildSchemaSdl().then((s) => process.stdout.write(s))`],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  const stale = [];
  if (sdl !== readFileSync(join(ROOT, SCHEMA), 'utf8')) stale.push(SCHEMA);

  // Codegen reads paths relative to its working directory: give it a copy of what it reads.
  for (const path of ['apps/admin/src', 'apps/admin/codegen.ts']) cpSync(join(ROOT, path), join(scratch, path), { recursive: true });
  mkdirSync(dirname(join(scratch, SCHEMA)), { recursive: true });
  writeFileSync(join(scratch, SCHEMA), sdl);
  rmSync(join(scratch, GENERATED), { recursive: true, force: true });
  execFileSync(join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'apps/admin/codegen.ts', '--silent'], {
    cwd: scratch,
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const committed = filesUnder(join(ROOT, GENERATED)).map((f) => relative(ROOT, f)).sort();
  const fresh = filesUnder(join(scratch, GENERATED)).map((f) => relative(scratch, f)).sort();
  for (const file of new Set([...committed, ...fresh])) {
    const a = committed.includes(file) ? readFileSync(join(ROOT, file), 'utf8') : null;
    const b = fresh.includes(file) ? readFileSync(join(scratch, file), 'utf8') : null;
    if (a !== b) stale.push(file);
  }
  if (stale.length) {
    console.error(`Generated code is stale: ${stale.join(', ')}`);
    console.error('Regenerate: npm run generate');
    process.exit(1);
  }
  console.log('Generated code is up to date (schema.gql, admin GraphQL types)');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
