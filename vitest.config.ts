import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: pure unit tests in Node (domain, engine, io, cli) and component tests in jsdom.
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
          setupFiles: ['tests/support/fastCheckSeed.ts', 'tests/support/requireAssertions.ts'],
          // The purity-fence test runs ESLint and the CLI tests spawn processes: seconds on a busy machine.
          testTimeout: 20_000,
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
