import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

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
    files: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
];
