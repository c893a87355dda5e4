import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the sources; the CLI process tests run the built bin.
    alias: {
      '@speedwork/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@speedwork/formats': fileURLToPath(new URL('./packages/formats/src/index.ts', import.meta.url)),
    },
  },
  test: {
    // Web component tests say `// @vitest-environment happy-dom`; e2e/ drives the built app in Chromium.
    include: ['packages/*/src/**/*.test.ts', 'packages/web/src/**/*.test.tsx', 'e2e/**/*.test.ts'],
    pool: 'threads',
    // A PostgreSQL for the server tests: TEST_DATABASE_URL's when one answers, else one it starts and stops.
    // Chromium for the browser tests: Debian's when present, else the packaged one, unpacked once here.
    globalSetup: [
      './packages/server/src/testing/test-postgres.test-support.ts',
      './e2e/support/chromium.global-setup.ts',
    ],
    // No speed limit inside `npm test` (a machine busy with other work must still pass); these only stop a
    // test that hangs. Speed is `npm run bench`'s.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // expect.poll gives up after 1 s by default: on a busy machine a browser can take longer to show what it
    // will show. A poll still ends as soon as it passes.
    expect: { poll: { timeout: 60_000 } },
  },
});
