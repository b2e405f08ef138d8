/** One Jest run: unit specs beside the code, e2e specs in test/. */
const libs = require('./tsconfig.json').compilerOptions.paths;

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(libs)) {
  moduleNameMapper[`^${alias}$`] = `<rootDir>/${target}`;
}

const transform = {
  '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  'node_modules/content-disposition/.+\\.js$': '<rootDir>/test/support/esm-to-cjs.transform.js',
};
const transformIgnorePatterns = ['/node_modules/(?!content-disposition/)'];

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform,
  moduleNameMapper,
  maxWorkers: 2,
  forceExit: true,
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      roots: ['<rootDir>/apps', '<rootDir>/libs'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 60000,
    },
    {
      // Real browser (Debian's chromium via playwright-core) against the real API, worker, PostgreSQL, Redis.
      displayName: 'browser',
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 180000,
    },
  ],
};
