import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import noSql from './tools/eslint/no-sql-in-services.cjs';

/**
 * Services whose SQL has not yet moved to a repository (libs/db/README.md). The list only shrinks: a new service, and
 * every service once moved, is checked.
 */
const DOMAIN_BANS = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', 'bullmq', 'ioredis', 'express'];

/** Who may import whom. Tests may also use the test harness. */
function depConstraints({ tests }) {
  const harness = tests ? ['type:testing'] : [];
  return [
    // The domain is pure TypeScript: no framework, no I/O.
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: DOMAIN_BANS },
    { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', ...harness] },
    { sourceTag: 'type:reports', onlyDependOnLibsWithTags: ['type:domain', ...harness] },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:data'] },
    { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['type:domain'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:reports', 'type:testing'] },
  ];
}

function boundaries({ tests }) {
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      // Tests of the data layer use the test harness, which builds on the data layer.
      ignoredCircularDependencies: [['db', 'testing']],
      depConstraints: depConstraints({ tests }),
    },
  ];
}

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/tmp/**', '**/.nx/**', '**/generated/**', 'apps/admin/src/gql/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': boundaries({ tests: false }),
    },
  },
  {
    // Rules that need the types: a promise nobody awaits, a promise where a callback's result is ignored, a switch
    // that forgets a case of a union.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['apps/admin/codegen.ts', 'tools/eslint/fixtures/*.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // Everything of the API and the worker but their repositories (and tests): services, loaders, resolvers, controllers.
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.spec.ts', '**/*.int-spec.ts', 'apps/api/src/testing/**'],
    plugins: { local: noSql },
    rules: {
      'local/no-sql-in-services': 'error',
      // An error is logged as a field ({ err }, which safeError reduces to its type, code and frames), never by its
      // message in the line's text: messages echo the values that failed.
      'no-restricted-syntax': ['error', ...['callee.object.name', 'callee.object.property.name'].map((logger) => ({
        selector: `CallExpression[${logger}='logger'][callee.property.name=/^(fatal|error|warn|log|debug|verbose)$/] TemplateLiteral MemberExpression[property.name='message']`,
        message: "Log the error as a field, `logger.warn({ err: error }, 'what failed')`, not its message: messages echo the values that failed.",
      }))],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
];
