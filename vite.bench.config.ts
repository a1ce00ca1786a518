import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import app from './vite.config.js';

/**
 * The production build of the app plus the bare React Flow page that `npm run bench:canvas` compares
 * it with. A separate config, so the bench page never ships with `npm run build`.
 */
export default mergeConfig(
  app,
  defineConfig({
    build: {
      outDir: 'dist-bench',
      rolldownOptions: {
        input: {
          app: fileURLToPath(new URL('./index.html', import.meta.url)),
          bare: fileURLToPath(new URL('./bench/bare-react-flow.html', import.meta.url)),
        },
      },
    },
  }),
);
