import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { E2E_ADMIN_PASSWORD } from './tests/e2e-server/admin';

// The browser tests of the real server: `npm start`'s process on a fresh embedded database, with a
// build made for it (no mocked backend). Separate from playwright.config.ts, whose suite runs against
// `vite preview` and the mocked backend, so each suite starts only the server it needs.
const port = Number(process.env.E2E_SERVER_PORT ?? 4190);
const outDir = process.env.E2E_SERVER_OUT_DIR ?? 'dist-e2e-server';
const dataDir = '.tmp-e2e-server-data';

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-server',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: [
      `rm -rf ${dataDir}`,
      `VITE_API_MOCK=off npx vite build --outDir ${outDir} --emptyOutDir`,
      `DATABASE_URL= ORDERFLOW_DATA=${dataDir} ORDERFLOW_STATIC=${outDir} ORDERFLOW_SKIP_BUILD=1 ORDERFLOW_ADMIN_PASSWORD='${E2E_ADMIN_PASSWORD}' PORT=${port} npm start`,
    ].join(' && '),
    // Answers 401 until someone signs in, which Playwright counts as up.
    url: `http://127.0.0.1:${port}/api/me`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
