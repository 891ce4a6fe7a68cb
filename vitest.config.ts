import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'electron/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
        },
      },
      // The park hub against a real PostgreSQL, started once for the project (test/hub/support/postgres.ts).
      {
        extends: true,
        test: { name: 'hub', include: ['test/hub/**/*.test.ts'], globalSetup: ['test/hub/support/postgres-global-setup.ts'] },
      },
    ],
  },
});
