/**
 * `npx tsx scripts/screenshot-themes.ts --dir BUILD --out PREFIX`: the board in both themes at
 * 1440×900 (PREFIX-light.png, PREFIX-dark.png) from an existing production build, to compare the
 * look before and after a styling change. Files go where --out says, never into the repository.
 */
import { chromium } from '@playwright/test';
import { browserPathForLaunch } from './browser/findBrowser';
import { freePort, servePreview } from './browser/preview';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = option('dir');
const out = option('out');
if (!dir || !out) throw new Error('Give the build with --dir and the file prefix with --out.');

async function main() {
  const port = await freePort();
  const server = await servePreview(dir!, port);
  const browser = await chromium.launch({
    executablePath: browserPathForLaunch(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme });
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.getByRole('region', { name: 'Canceled', exact: true }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Reference data' }).waitFor();
      await page.locator('.react-flow__node[data-id="n_email_reminder"]').click();
      await page.getByRole('region', { name: 'Inspector' }).getByRole('heading').first().waitFor();
      // Taken once the view stops moving (fitView animates): the same transform twice.
      let previous = '';
      for (let i = 0; i < 50; i++) {
        const transform = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
        if (transform === previous) break;
        previous = transform;
        await page.waitForTimeout(100);
      }
      await page.screenshot({ path: `${out}-${colorScheme}.png` });
      console.log(`Wrote ${out}-${colorScheme}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
