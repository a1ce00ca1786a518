/**
 * `npm run bench:canvas`: the designer's canvas at scale, in headless Debian Chromium against the
 * production build (figures, not a test). In one run it loads
 *   - the designer with a generated design of 20 statuses × 250 robots (5,000) and 200 triggers, seeded
 *     as the browser's saved design (localStorage, exactly what autosave writes), and
 *   - bench/bare-react-flow.html: React Flow alone with 5,000 default nodes, culled, at the same zoom,
 * and prints for both the time until nodes are painted and the frame times of a 3-second pan and a
 * zoom-out, with the designer/bare ratios; then, in the designer only, the time from a click to the
 * inspector showing the card, from a keystroke in the name field to the card showing the new name,
 * and from Ctrl+Z after a real drag to the card being back.
 *
 * Options: --out DIR (default dist-bench), --port N (default: a free one), --no-build (reuse DIR),
 * --runs N (page loads per page, default 3). The browser is found as for the browser tests (CHROMIUM_PATH first).
 */
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { FLOW_STORAGE_KEY } from '../src/store/persistence';
import { generateFlow } from '../tests/fixtures/generators';
import {
  dragAndUndo,
  gesture,
  selectCard,
  timeToPaint,
  typeInName,
  visibleCards,
  zoomOf,
} from './bench-canvas/page';
import type { Frames } from './bench-canvas/page';
import { printFrames, printReady, printTimes } from './bench-canvas/report';
import { browserPathForLaunch } from './browser/findBrowser';
import { freePort, servePreview, vite } from './browser/preview';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const outDir = option('out') ?? 'dist-bench';
const runs = Number(option('runs') ?? 3);
const VIEWPORT = { width: 1440, height: 900 };
/** What "painted" waits for: the designer's robot cards, the bare page's default nodes. */
const CARD = '.react-flow__node-robot';
const NODE = '.react-flow__node-default';

function build() {
  console.log(`Building the app and the bare page into ${outDir}/ …`);
  const result = spawnSync(
    process.execPath,
    vite('build', '-c', 'vite.bench.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'),
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

/** A fresh context per load: no HTTP cache and no service worker carried over between loads. */
async function freshPage(browser: Browser, seed?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles the functions this script hands to page.evaluate with esbuild's keep-names helper
  // (__name); the page needs it defined. An identity function, nothing else is added to the page.
  await context.addInitScript('window.__name = (f) => f');
  if (seed !== undefined)
    await context.addInitScript(
      ([key, text]) => {
        window.localStorage.setItem(key!, text!);
      },
      [FLOW_STORAGE_KEY, seed],
    );
  return context.newPage();
}

async function main() {
  if (!args.includes('--no-build')) build();
  const port = Number(option('port') ?? (await freePort()));
  const server = await servePreview(outDir, port);
  const base = `http://127.0.0.1:${port}`;
  const flow = generateFlow(20240101, {
    statuses: 20,
    robotsPerStatus: 250,
    triggers: 200,
    calendarDelays: false,
  });
  const seed = JSON.stringify(flow);
  const browser = await chromium.launch({
    executablePath: browserPathForLaunch(),
    // The browser tests' flags: software rendering, nothing fetched from the network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    console.log(
      `Design: ${flow.statuses.length} statuses, ${flow.robots.length} robots, ${flow.triggers.length} triggers ` +
        `(${(seed.length / 1024).toFixed(0)} KB); viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${runs} loads per page.`,
    );
    const designerLoads: number[] = [];
    const bareLoads: number[] = [];
    let designer: Page | undefined;
    let bare: Page | undefined;
    let zoom = 0.8;
    // Alternating loads, so a busy moment on the machine does not fall on one page only.
    for (let i = 0; i < runs; i++) {
      if (designer) await designer.context().close();
      designer = await freshPage(browser, seed);
      designerLoads.push(await timeToPaint(designer, `${base}/`, CARD));
      zoom = await zoomOf(designer);
      if (bare) await bare.context().close();
      bare = await freshPage(browser);
      bareLoads.push(
        await timeToPaint(bare, `${base}/bench/bare-react-flow.html?nodes=5000&rows=250&zoom=${zoom}`, NODE),
      );
    }
    printReady(designerLoads, bareLoads);
    console.log(
      `  on screen after load: designer ${await visibleCards(designer!)} cards, bare ${await visibleCards(bare!)} nodes (zoom ${zoom.toFixed(3)})`,
    );

    const frames: Record<string, { designer: Frames; bare: Frames }> = {};
    for (const kind of ['pan', 'zoom-out'] as const) {
      frames[kind] = {
        designer: await gesture(browser, designer!, kind),
        bare: await gesture(browser, bare!, kind),
      };
    }
    printFrames('pan, 3 s (mouse drag on the pane)', frames.pan!);
    printFrames('zoom-out (wheel on the pane, to the minimum zoom)', frames['zoom-out']!);
    await bare!.context().close();

    // A clean designer for the interactions, at its first view.
    await designer!.context().close();
    designer = await freshPage(browser, seed);
    await timeToPaint(designer, `${base}/`, CARD);
    printTimes('select a card (click → inspector shows it)', await selectCard(designer, 5));
    printTimes('type in the inspector (key → card shows the new name)', await typeInName(designer, 6));
    printTimes('undo a move (Ctrl+Z after a drag → card back)', await dragAndUndo(designer, 5));
    console.log(`\nTargets: ready ≤ 1.2× bare, pan ≥ 55 fps, no frame over 50 ms, each interaction < 50 ms.`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
