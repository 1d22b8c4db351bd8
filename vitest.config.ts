import { defineConfig } from 'vitest/config'

// Tiers: `unit` runs anywhere without root or kernel side effects; `integration` runs as
// root against the real kernel and checks it leaves nothing behind; `conformance` runs the
// reference compose implementation's vectors from ../shared/conformance.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'packages/*/test/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Tests share the kernel (cgroups, mounts, interfaces): run files one at a time.
          fileParallelism: false,
          globalSetup: ['test/integration/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'conformance',
          include: ['test/conformance/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
})
