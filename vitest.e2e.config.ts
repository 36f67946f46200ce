/**
 * The real-browser e2e suite (`npm run test:e2e`): headless Debian Chromium against the
 * production bundle, served by `vite preview`, with the mock gateway over real HTTP.
 * Builds and servers: tests/e2e/support/global-setup.ts. Two files at a time, each worker with
 * its own gateway (support/workers.ts): the tests mostly wait on the browser, not the CPU.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { E2E_WORKERS } from './tests/e2e/support/workers';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./tests/e2e/support/global-setup.ts'],
    setupFiles: ['./tests/e2e/support/setup.ts'],
    fileParallelism: E2E_WORKERS > 1,
    maxWorkers: E2E_WORKERS,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two builds on a cold machine take a while; this bounds globalSetup too.
    teardownTimeout: 30_000,
    // A test that passes only on retry hides a flaky app or harness: no retries.
    retry: 0,
    passWithNoTests: false,
    env: { TZ: 'Europe/Amsterdam' },
  },
});
