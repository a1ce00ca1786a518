import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: pure unit tests in Node (domain, engine, io, cli), the server's tests (Node, real
// databases) and component tests in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: [
            'tests/support/fastCheckSeed.ts',
            'tests/support/requireAssertions.ts',
            'tests/support/russianSamples.ts',
          ],
          // The purity-fence test runs ESLint and the CLI tests spawn processes: seconds on a busy machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          // Each file starts databases and servers (PGlite boots in about a second); the kill -9
          // test restarts a child process. Files run one at a time so racing saves have the cores.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: [
            'tests/support/fastCheckSeed.ts',
            'tests/support/requireAssertions.ts',
            'tests/support/russianSamples.ts',
            'tests/component/setup.ts',
          ],
          // A designer mounted in jsdom with a whole simulated run takes a few seconds on a busy
          // 2-core machine; 5 s (the default) fails tests there that pass on a quiet one.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
