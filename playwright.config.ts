import { defineConfig } from '@playwright/test';
import { browserPathForLaunch } from './scripts/browser/findBrowser';

// Real-browser tests run a Chromium found by scripts/browser/findBrowser.ts (Debian's by default;
// `npm test` installs one first when there is none) against `vite preview`.
// E2E_PORT and E2E_OUT_DIR let several people run the browser tests at once on one machine
// without sharing a server or overwriting each other's build.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
// `npm test` has just built outDir for its bundle check (test:bundle) and says so: no second build.
const build = process.env.E2E_BUILD_FRESH ? '' : `npx vite build --outDir ${outDir} --emptyOutDir && `;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // Generous: a loaded 2-core machine can take seconds to start msw and lay out the canvas.
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: browserPathForLaunch(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `${build}npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
