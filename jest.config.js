// One jest run for the whole workspace: pure unit tests (*.spec.ts) and integration tests
// against real Postgres and Redis (*.int-spec.ts). Nx targets select a project by path.
const { readFileSync } = require('node:fs');
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleNameMapper: {
    '^@raadgiver/(domain|db|reports|testing)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/e2e/', '<rootDir>/dist/'],
  // ES-module-only packages (otplib's plugins, openid-client and its dependencies, @nestjs/terminus): Node loads them with require(esm);
  // jest's CommonJS runtime needs them compiled like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(otplib|@otplib|@scure|@noble|openid-client|oauth4webapi|jose|@nestjs/terminus)/)'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/jest-global-setup.cjs',
      globalTeardown: '<rootDir>/libs/testing/jest-global-teardown.cjs',
    },
  ],
  // A global option (jest ignores it inside a project): integration tests start APIs and workers, which on a
  // busy CI machine takes longer than jest's default 5 s.
  testTimeout: 60000,
};
