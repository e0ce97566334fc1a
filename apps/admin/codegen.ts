import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where the `admin:codegen` target runs.
// The output is committed; CI regenerates it and fails when it is stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
