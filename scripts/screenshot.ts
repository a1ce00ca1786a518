/**
 * `npm run screenshot [-- --out FILE] [--port N] [--no-build]`: the README's picture of the real app
 * (docs/screenshot.png by default). A production build served by `vite preview`, the default design
 * in headless Debian Chromium at 1440×900, a robot selected so the inspector is open. Run it when
 * the look changes and commit the image; the tests never write tracked files.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { browserPathForLaunch } from './browser/findBrowser';
import { freePort, servePreview, vite } from './browser/preview';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const outDir = 'dist-screenshot';
const target = option('out') ?? fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

async function main() {
  if (!args.includes('--no-build')) {
    const built = spawnSync(
      process.execPath,
      vite('build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'),
      { stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const port = Number(option('port') ?? (await freePort()));
  const server = await servePreview(outDir, port);
  const browser = await chromium.launch({
    executablePath: browserPathForLaunch(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('region', { name: 'Canceled', exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Reference data' }).waitFor();
    // The full designer: palette, canvas, and the inspector open on a selected robot.
    await page.locator('.react-flow__node[data-id="n_email_reminder"]').click();
    await page
      .getByRole('region', { name: 'Inspector' })
      .getByRole('heading', { name: 'Payment reminder' })
      .waitFor();
    // The picture is taken once the view stops moving (fitView animates): the same transform twice.
    let previous = '';
    for (let i = 0; i < 50; i++) {
      const transform = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
      if (transform === previous) break;
      previous = transform;
      await page.waitForTimeout(100);
    }
    await page.screenshot({ path: target });
    console.log(`Wrote ${target}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
