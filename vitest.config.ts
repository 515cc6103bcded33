import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest leaves a core free by default (one worker on a 2-core machine); most files wait on a
    // database or a browser, so two workers finish the suite far sooner.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          // Files share their worker's modules: the app's imports and the migrated PGlite template
          // (tests/fixtures/test-database.ts) are then made once per worker, not once per file, which
          // halves the suite. Each file still gets its own database and app; none mocks modules.
          isolate: false,
          globalSetup: ['tests/fixtures/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['src/web/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/fixtures/web-setup.ts'],
          // A busy machine (two workers beside PostgreSQL) can slow a Mantine render past 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          globalSetup: ['tests/fixtures/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
