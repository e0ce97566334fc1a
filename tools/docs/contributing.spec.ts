import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenReferences, referencesOf, Repository, repositoryAt } from './doc-references';

const ROOT = join(__dirname, '../..');

/** A small repository in memory: what the checker is proven against. */
const FIXTURE: Repository = {
  files: [
    'package.json',
    'tsconfig.base.json',
    'apps/admin/project.json',
    'apps/api/src/org-units/org-units.service.ts',
    'apps/api/src/org-units/org-unit.repository.ts',
    'libs/db/src/migrations/index.ts',
    'libs/db/src/migrations/1732300000019-org-unit-note.ts',
    'tools/db/sql-snapshots.ts',
  ],
  bins: ['nx', 'jest'],
  read: (path) =>
    ({
      'package.json': JSON.stringify({ scripts: { test: 'node tools/test/run-all.mjs', generate: 'node tools/db/sql-snapshots.ts' } }),
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@raadgiver/domain": ["libs/domain/src/index.ts"] } } }',
      'apps/admin/project.json': JSON.stringify({ name: 'admin', targets: { codegen: {}, lint: {} } }),
      'apps/api/src/org-units/org-units.service.ts':
        "import { Mutation } from '@nestjs/graphql';\nexport class OrgUnitsService {\n  setNote(ctx: unknown) {\n    return ctx;\n  }\n}\n",
      'apps/api/src/org-units/org-unit.repository.ts': "export const orgUnitQueries = {\n  setNote: defineQuery([], () => qb.updateTable('org_unit')),\n};\n",
      'libs/db/src/migrations/index.ts': 'export const LATER_TENANT_TABLES = [] as const;\nexport function defineQuery() {}\n',
      'libs/db/src/migrations/1732300000019-org-unit-note.ts': '',
      'tools/db/sql-snapshots.ts': '',
    })[path] ?? '',
};

const broken = (markdown: string) => brokenReferences(markdown, FIXTURE).map((p) => `${p.kind} ${p.text}: ${p.why}`);

describe('the checker of what a guide names', () => {
  it('accepts what the repository has: paths with placeholders, symbols, package names, commands', () => {
    const guide = [
      'Queries go in `<feature>.repository.ts` under `apps/api/src/<feature>/`, the migration in `…-org-unit-note.ts`',
      '(see libs/db/src/migrations/index.ts), added to `LATER_TENANT_TABLES`; `defineQuery` and `@Mutation()` build them.',
      '`setNote: defineQuery([ID, \'Tekst\'], (id, note) =>',
      "  qb.updateTable('org_unit'))`, `new OrgUnitsService()`, from `@raadgiver/domain`, the table `org_unit`.",
      '',
      '`npm test`, `npm run generate`, `npx nx run admin:codegen`, `npx jest apps/api/src/org-units --selectProjects int`,',
      'files in `org-units/*.service.ts`,',
      '`SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/db/sql-snapshots.ts`.',
      '```',
      'resolver (apps/api/src/<feature>/<feature>.service.ts) → @Mutation',
      '```',
    ].join('\n');
    expect(broken(guide)).toEqual([]);
    expect(referencesOf(guide).length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['a misspelt symbol', '`LATER_TENANT_TABLE`', 'symbol LATER_TENANT_TABLE'],
    ['a symbol in code that nothing defines', '`@JobHandler(LATER_TENANT_TABLES)`', 'symbol JobHandler'],
    ['a call of a function that does not exist', '`runQueries(em, query)`', 'symbol runQueries'],
    ['a property the code never defines', '`setNotes: defineQuery([], () => qb)`', 'symbol setNotes'],
    ['a file that is not there', '`apps/api/src/org-units/org-units.resolver.ts`', 'path apps/api/src/org-units/org-units.resolver.ts'],
    ['a file name found nowhere', '`org-unit.entities.ts`', 'path org-unit.entities.ts'],
    ['a folder inside a feature found nowhere', '`dto/*.inputs.ts`', 'path dto/*.inputs.ts'],
    ['a directory that is not there', '`apps/api/src/common/`', 'path apps/api/src/common/'],
    ['a placeholder path nothing matches', '`apps/worker/src/<feature>/`', 'path apps/worker/src/<feature>/'],
    ['a path in prose', 'see tools/db/database-types.ts', 'path tools/db/database-types.ts'],
    ['a path in a code block', '```\nfoo (libs/domain/src/<feature>/x.ts)\n```', 'path libs/domain/src/<feature>/x.ts'],
    ['a decorator in a code block', '```\n→ @OperatorOnly\n```', 'symbol OperatorOnly'],
    ['an npm script that does not exist', '`npm run regenerate`', 'command npm run regenerate: package.json has no script "regenerate"'],
    ['an nx target that does not exist', '`npx nx run admin:generate`', 'command npx nx run admin:generate: nx project "admin" has no target "generate"'],
    ['an nx project that does not exist', '`npx nx run web:codegen`', 'command npx nx run web:codegen: no nx project "web"'],
    ['a script file that does not exist', '`SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/db/schema.ts`', 'command SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/db/schema.ts: no such file or directory: tools/db/schema.ts'],
    ['a path a command is given that does not exist', '`npx jest apps/api/src/org-unit --selectProjects int`', 'command npx jest apps/api/src/org-unit --selectProjects int: no such file or directory'],
    ['a command npm did not install', '`npx kysely-codegen`', 'command npx kysely-codegen: no command "kysely-codegen" in node_modules/.bin'],
    ['a module alias that does not exist', '`@raadgiver/utils`', 'name @raadgiver/utils: no such module alias in tsconfig.base.json'],
    ['a plain name found nowhere in the code', '`org_units_note`', 'name org_units_note: not found in the code'],
  ])('refuses %s', (_label, guide, problem) => {
    const found = broken(guide);
    expect(found).toHaveLength(1);
    expect(found[0].startsWith(problem)).toBe(true);
  });

  it('tells the line of a broken reference', () => {
    expect(brokenReferences('First line.\n\nThen `runQueries` on\nthe third.', FIXTURE).map((p) => p.line)).toEqual([3]);
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

  it('names only paths, symbols and commands the repository has', () => {
    expect(brokenReferences(guide, repositoryAt(ROOT))).toEqual([]);
  });

  it('is read by the checker: its paths, symbols and commands are all found', () => {
    const kinds = referencesOf(guide).map((r) => r.kind);
    for (const kind of ['path', 'symbol', 'command'] as const) expect(kinds.filter((k) => k === kind).length).toBeGreaterThanOrEqual(3);
  });
});
