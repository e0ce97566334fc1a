import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import noSql from './tools/eslint/no-sql-in-services.cjs';

/**
 * Services whose SQL has not yet moved to a repository (libs/db/README.md). The list only shrinks: a new service, and
 * every service once moved, is checked.
 */
const SERVICES_WITH_SQL_STILL = [
  'apps/api/src/audit/audit-log.service.ts',
  'apps/api/src/audit/audit.service.ts',
  'apps/api/src/benchmark/benchmark.service.ts',
  'apps/api/src/citizens/citizens.service.ts',
  'apps/api/src/exports/exports.service.ts',
  'apps/api/src/follow-up/case-volume.service.ts',
  'apps/api/src/follow-up/follow-up-attachments.service.ts',
  'apps/api/src/follow-up/follow-up.service.ts',
  'apps/api/src/imports/imports.service.ts',
  'apps/api/src/inquiries/inquiries.service.ts',
  'apps/api/src/learning/learning.service.ts',
  'apps/api/src/reports/reports.service.ts',
  'apps/api/src/settings/response-targets.service.ts',
];

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
  { ignores: ['**/dist/**', '**/node_modules/**', '**/tmp/**', '**/.nx/**', '**/generated/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
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
    files: ['**/*.service.ts'],
    ignores: SERVICES_WITH_SQL_STILL,
    plugins: { local: noSql },
    rules: { 'local/no-sql-in-services': 'error' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
];
