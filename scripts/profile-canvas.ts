/**
 * `npm run profile:canvas -- [MODES] [--no-build]`: where the time of the canvas benchmark's gestures
 * goes (a profiling aid, not a benchmark). On the 5,000-robot design of bench:canvas, in an
 * unminified build (dist-prof/), it records a CPU profile per gesture and prints the functions with
 * the most self time and the heaviest call paths (DEPTH=N frames each). MODES, comma-separated:
 * pan, zoom, select, type, undo (CPU profiles, after select as the benchmark does; undo: one profile
 * per undo, the drag before it left out), trace (a pan's main-thread time by kind: paint, layout,
 * script), tselect, ttype, tundo (the long tasks of one click, of typing, or of each of three undos), procs
 * (a pan and a zoom-out untraced, and what each Chromium thread spent a frame: main thread, software
 * raster, compositing — /proc, Linux only). CSS='…' adds a style sheet first, to try a rendering
 * idea without a build.
 * EVENTS=Paint,Layerize (with trace) lists each such event's duration; WITHIN=frame (with a CPU
 * mode) sums inclusive time per function over samples under that frame (the LINES=N heaviest, 45 by
 * default), e.g. WITHIN=performSyncWorkOnRoot for a click's synchronous render apart from deferred work.
 */
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { FLOW_STORAGE_KEY } from '../src/store/persistence';
import { generateFlow } from '../tests/fixtures/generators';
import { dragAndUndo, gesture, onRendererMain, selectCard, typeInName } from './bench-canvas/page';
import type { TraceEvent } from './bench-canvas/page';
import { chromiumCpuByThread, perFrame } from './bench-canvas/processCpu';
import { browserPathForLaunch } from './browser/findBrowser';
import { freePort, servePreview, vite } from './browser/preview';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function top(profile: Profile, n = 30) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`  total ${total.toFixed(0)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  // Inclusive time per call path ending at a few interesting frames: who pays for them.
  const parent = new Map<number, number>();
  for (const x of profile.nodes as (Node & { children?: number[] })[])
    for (const c of x.children ?? []) parent.set(c, x.id);
  const name = (x: Node) => `${x.callFrame.functionName || '(anon)'}:${x.callFrame.lineNumber}`;
  const paths = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const chain: string[] = [];
    let cur: number | undefined = id;
    while (cur !== undefined) {
      const x = byId.get(cur)!;
      if (x.callFrame.functionName !== '(root)') chain.push(name(x));
      cur = parent.get(cur);
    }
    const appFrames = chain.filter((c) => !/^(\(program\)|\(idle\)|\(garbage collector\))/.test(c));
    if (appFrames.length === 0) return;
    // the nearest 8 frames from the leaf
    const key = appFrames.slice(0, Number(process.env.DEPTH ?? 8)).join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // WITHIN=frameName: inclusive time per function over the samples whose stack has that frame —
  // e.g. WITHIN=dispatchDiscreteEvent for what a click's own task does, apart from deferred work.
  if (process.env.WITHIN) {
    const inclusive = new Map<string, number>();
    let within = 0;
    profile.samples.forEach((id, i) => {
      const chain: string[] = [];
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
        chain.push(name(byId.get(cur)!));
      if (!chain.some((c) => c.startsWith(`${process.env.WITHIN}:`))) return;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      within += ms;
      for (const c of new Set(chain)) inclusive.set(c, (inclusive.get(c) ?? 0) + ms);
    });
    console.log(`  within ${process.env.WITHIN}: ${within.toFixed(1)} ms; inclusive:`);
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.LINES ?? 45)))
      console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  }
  console.log('  heaviest call paths:');
  for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
}

async function profiled<T>(cdp: CDPSession, label: string, act: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log(`\n${label}: ${JSON.stringify(result)?.slice(0, 300)}`);
  top(profile);
  return result;
}

/** Runs `act` traced and prints the main thread's long tasks (over 8 ms) in it, by kind of work. */
async function tasksOf<T>(browser: Browser, page: Page, label: string, act: () => Promise<T>): Promise<T> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const result = await act();
  const trace = await browser.stopTracing();
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const onMain = onRendererMain(events);
  const tasks = events.filter(
    (e) => e.ph === 'X' && onMain(e) && e.name === 'RunTask' && (e.dur ?? 0) > 8000,
  );
  console.log(`${label}: ${JSON.stringify(result)}; long tasks:`);
  const start = tasks[0]?.ts ?? 0;
  for (const task of tasks) {
    const inside = events.filter(
      (e) =>
        e.ph === 'X' && onMain(e) && e.ts >= task.ts && e.ts < task.ts + task.dur! && e.name !== 'RunTask',
    );
    const by = new Map<string, number>();
    for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    // The input the task handled, if any (a click, a key): which gesture it belongs to.
    const data = inside.find((e) => e.name === 'EventDispatch')?.args?.data as { type?: string } | undefined;
    const input = data?.type ?? '';
    console.log(
      `  +${((task.ts - start) / 1000).toFixed(0)} ms ${input} task ${(task.dur! / 1000).toFixed(1)} ms: ` +
        [...by]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', '),
    );
  }
  return result;
}

async function main() {
  const outDir = 'dist-prof';
  if (!process.argv.includes('--no-build')) {
    console.log(`Building the app unminified into ${outDir}/ …`);
    const built = spawnSync(
      process.execPath,
      vite(
        'build',
        '-c',
        'vite.bench.config.ts',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--minify',
        'false',
        '--logLevel',
        'warn',
      ),
      { stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  const server = await servePreview(outDir, port);
  const flow = generateFlow(20240101, {
    statuses: 20,
    robotsPerStatus: 250,
    triggers: 200,
    calendarDelays: false,
  });
  const browser = await chromium.launch({
    executablePath: browserPathForLaunch(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript('window.__name = (f) => f');
    await context.addInitScript(
      ([k, v]) => localStorage.setItem(k!, v!),
      [FLOW_STORAGE_KEY, JSON.stringify(flow)],
    );
    const page: Page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('.react-flow__node-robot');
    await page.waitForTimeout(5000);
    const cdp = await context.newCDPSession(page);
    const counts = await page.locator('header[data-fold-level]').innerText();
    console.log('header:', counts.replace(/\s+/g, ' ').slice(0, 200));
    const mode = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'pan,type';
    if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
    if (mode.includes('pan'))
      await profiled(cdp, 'pan', async () => {
        const f = await gesture(browser, page, 'pan');
        const fps = 1000 / (f.intervals.reduce((a, b) => a + b, 0) / f.intervals.length);
        return { fps: fps.toFixed(1), over50: f.intervals.filter((x) => x > 50).length, cpu: f.cpuMs };
      });
    if (mode.split(',').includes('zoom'))
      await profiled(cdp, 'zoom', async () => {
        const f = await gesture(browser, page, 'zoom-out');
        return {
          fps: (1000 / (f.intervals.reduce((a, b) => a + b, 0) / f.intervals.length)).toFixed(1),
          over50: f.intervals.filter((x) => x > 50).length,
          longest: f.longestTaskCpuMs,
        };
      });
    if (mode.includes('procs'))
      for (const kind of ['pan', 'zoom-out'] as const) {
        const before = chromiumCpuByThread();
        const f = await gesture(browser, page, kind, undefined, { traced: false });
        const { total, threads } = perFrame(before, chromiumCpuByThread(), f.intervals.length);
        const fps = 1000 / (f.intervals.reduce((a, b) => a + b, 0) / f.intervals.length);
        console.log(
          `${kind}: ${fps.toFixed(1)} fps, ${f.intervals.filter((x) => x > 50).length} frames over 50 ms; ` +
            `CPU a frame over all Chromium threads ${total.toFixed(1)} ms: ` +
            threads
              .slice(0, 6)
              .map(([thread, ms]) => `${thread} ${ms.toFixed(1)}`)
              .join(', '),
        );
      }
    if (mode.includes('trace')) {
      let trace: Buffer | undefined;
      const f = await gesture(browser, page, 'pan', (t) => (trace = t));
      const events = (
        JSON.parse(trace!.toString()) as {
          traceEvents: TraceEvent[];
        }
      ).traceEvents;
      const onMain = onRendererMain(events);
      const by = new Map<string, number>();
      for (const e of events)
        if (e.ph === 'X' && onMain(e) && e.tdur !== undefined)
          by.set(e.name, (by.get(e.name) ?? 0) + e.tdur / 1000);
      console.log(
        `trace pan: cpu ${f.cpuMs.toFixed(0)} ms, fps ${(1000 / (f.intervals.reduce((a, b) => a + b, 0) / f.intervals.length)).toFixed(1)}`,
      );
      for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
      // EVENTS=Paint,Layerize: how many of each there were and their durations, to tell a cost paid
      // every frame from one paid when cards enter the view.
      for (const name of (process.env.EVENTS ?? '').split(',').filter(Boolean)) {
        const times = events
          .filter((e) => e.name === name && e.ph === 'X' && onMain(e) && e.tdur !== undefined)
          .map((e) => e.tdur! / 1000);
        console.log(`  ${name} ×${times.length}: ${times.map((t) => t.toFixed(1)).join(' ')}`);
      }
    }
    if (mode.includes('tselect')) await tasksOf(browser, page, 'tselect', () => selectCard(page, 1));
    // Each undo traced alone (three of them), not the drag before it.
    if (mode.includes('tundo')) await dragAndUndo(page, 3, (undo) => tasksOf(browser, page, 'tundo', undo));
    if (mode.split(',').includes('select')) await profiled(cdp, 'select', () => selectCard(page, 5));
    if (mode.includes('ttype')) await tasksOf(browser, page, 'ttype', () => typeInName(page, 6));
    if (mode.split(',').includes('type')) await profiled(cdp, 'type', () => typeInName(page, 6));
    // The undos alone, one profile each: the drags before them are not what is measured.
    if (mode.split(',').includes('undo')) await dragAndUndo(page, 3, (undo) => profiled(cdp, 'undo', undo));
  } finally {
    await browser.close();
    server.kill();
  }
}
main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
