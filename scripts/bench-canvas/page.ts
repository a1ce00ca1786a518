import type { Browser, Page } from '@playwright/test';

/*
 * What bench-canvas measures inside the page. Times come from the page's own clock: an input
 * event's timeStamp (when the browser received it) and performance.now() in the first animation
 * frame in which the DOM shows the result — so the figures include rendering and any long task in
 * the way, and none of the DevTools-protocol round trip that delivered the input.
 */

/** Milliseconds from navigation start until `selector` exists and the frame showing it has begun. */
export async function timeToPaint(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await page.evaluate(async (sel) => {
    await new Promise<void>((resolve) => {
      const tick = () => (document.querySelector(sel) ? resolve() : requestAnimationFrame(tick));
      tick();
    });
    // The frame after the one that found the nodes: by then they have been painted.
    return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  }, selector);
  // Let the page finish what it does after its first paint before any gesture is measured: the
  // reference data, the autosave, and for a large design the first answer of its check (a worker;
  // ~1–2 s after the cards on a 2-core machine), which the page takes in as one task of ~60 ms —
  // a click or a frame that meets it measures that moment, not the gesture. The top bar says
  // "Checking…" until then (small designs are checked on the page and never say it).
  await page.waitForFunction(
    () => !document.querySelector('[aria-controls="of-problems-panel"]')?.textContent?.includes('Checking'),
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(1500);
  return ms;
}

/** The viewport's zoom, read from React Flow's transform. */
export async function zoomOf(page: Page): Promise<number> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => getComputedStyle(el).transform);
  // matrix(a, b, c, d, e, f): a is the scale.
  return Number(/matrix\(([^,]+)/.exec(transform)?.[1] ?? 1);
}

export async function visibleCards(page: Page): Promise<number> {
  return page.locator('.react-flow__node-robot, .react-flow__node-default').count();
}

export type Frames = {
  intervals: number[];
  zoomAfter: number;
  /** Renderer main-thread CPU time during the gesture (from a Chrome trace), and its longest task. */
  cpuMs: number;
  longestTaskCpuMs: number;
};

/** A Chrome trace event, as far as the benchmark and profile:canvas read it. */
export type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: unknown };
};

/** Whether a trace event ran on a renderer's main thread (the page's JavaScript, style, layout, paint). */
export function onRendererMain(
  events: readonly { name: string; pid: number; tid: number; args?: { name?: string } }[],
): (e: { pid: number; tid: number }) => boolean {
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return (e) => main.has(`${e.pid}:${e.tid}`);
}

/**
 * CPU time of the renderer main threads in a trace: the sum and the longest of their top-level tasks.
 * Thread time, unlike frame intervals, hardly grows when other processes compete for the cores.
 */
function mainThreadCpu(trace: Buffer): { cpuMs: number; longestTaskCpuMs: number } {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const onMain = onRendererMain(events);
  let total = 0;
  let longest = 0;
  for (const e of events)
    if (e.name === 'RunTask' && e.ph === 'X' && e.tdur !== undefined && onMain(e)) {
      total += e.tdur;
      longest = Math.max(longest, e.tdur);
    }
  return { cpuMs: total / 1000, longestTaskCpuMs: longest / 1000 };
}

/**
 * Frame intervals (requestAnimationFrame timestamps) while the page is panned or zoomed the way a
 * user does it: mouse events on the pane (a drag) or wheel events over it, one per frame, fed to
 * React Flow's own d3-zoom handlers. Synthetic DOM events, not CDP input, so each frame carries
 * exactly one step and the input cannot queue up behind a slow frame and arrive in bursts.
 */
export async function gesture(
  browser: Browser,
  page: Page,
  kind: 'pan' | 'zoom-out',
  keepTrace?: (trace: Buffer) => void,
  { traced = true }: { traced?: boolean } = {},
): Promise<Frames> {
  // Untraced, the gesture runs without the trace's own overhead (the CPU figures are then zero).
  if (traced)
    await browser.startTracing(page, {
      categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'],
    });
  const intervals = await page.evaluate(
    ({ kind, duration }) =>
      new Promise<number[]>((resolve) => {
        const pane = document.querySelector('.react-flow__pane')!;
        const box = pane.getBoundingClientRect();
        let x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const mouse = (type: string) =>
          pane.dispatchEvent(
            new MouseEvent(type, {
              bubbles: true,
              cancelable: true,
              view: window,
              clientX: x,
              clientY: y,
              button: 0,
              buttons: type === 'mouseup' ? 0 : 1,
            }),
          );
        if (kind === 'pan') mouse('mousedown');
        const stamps: number[] = [];
        const frame = (t: number) => {
          stamps.push(t);
          if (t - stamps[0]! >= duration) {
            if (kind === 'pan') mouse('mouseup');
            resolve(stamps.slice(1).map((s, i) => s - stamps[i]!));
            return;
          }
          if (kind === 'pan') {
            // 12 px a frame to the left: about 720 px a second, new cards come in from the right.
            x -= 12;
            mouse('mousemove');
          } else {
            pane.dispatchEvent(
              new WheelEvent('wheel', {
                bubbles: true,
                cancelable: true,
                clientX: x,
                clientY: y,
                deltaY: 8,
                deltaMode: 0,
                // The board zooms on Ctrl+wheel (a plain wheel scrolls); the bare page zooms on both.
                ctrlKey: true,
              }),
            );
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { kind, duration: kind === 'pan' ? 3000 : 2000 },
  );
  let cpu = { cpuMs: 0, longestTaskCpuMs: 0 };
  if (traced) {
    const trace = await browser.stopTracing();
    keepTrace?.(trace);
    cpu = mainThreadCpu(trace);
  }
  await page.waitForTimeout(1000);
  return { intervals, zoomAfter: await zoomOf(page), ...cpu };
}

type Check =
  | { kind: 'inspector'; id: string }
  | { kind: 'cardName'; id: string; text: string }
  /** The card's place on the board (React Flow's transform of its node), wherever the view is. */
  | { kind: 'cardAt'; id: string; place: string };

/**
 * Arms a measurement: the first `event` (of `key`, if given) starts it, and the first animation
 * frame in which `check` holds ends it. Then `act` does the user's input; returns the milliseconds.
 */
async function measure(
  page: Page,
  event: string,
  key: string | null,
  check: Check,
  act: () => Promise<void>,
): Promise<number> {
  await page.evaluate(
    ({ event, key, check }) => {
      const state: { start?: number; end?: number } = {};
      (window as unknown as { __bench: typeof state }).__bench = state;
      const onEvent = (e: Event) => {
        if (key !== null && (e as KeyboardEvent).key !== key) return;
        state.start ??= e.timeStamp;
        removeEventListener(event, onEvent, true);
      };
      addEventListener(event, onEvent, true);
      const card = () => document.querySelector(`.react-flow__node[data-id="${CSS.escape(check.id)}"]`);
      const done = (): boolean => {
        switch (check.kind) {
          case 'inspector':
            return (
              document.querySelector(`[data-pane="details"] [data-node-id="${CSS.escape(check.id)}"]`) !==
              null
            );
          case 'cardName':
            return card()?.querySelector('.font-semibold')?.textContent === check.text;
          case 'cardAt':
            return (card() as HTMLElement | null)?.style.transform === check.place;
        }
      };
      const tick = () => {
        if (state.start !== undefined && done()) state.end = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { event, key, check },
  );
  await act();
  const handle = await page.waitForFunction(
    () => {
      const s = (window as unknown as { __bench: { start?: number; end?: number } }).__bench;
      return s.end !== undefined && s.start !== undefined ? s.end - s.start : undefined;
    },
    undefined,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Robot cards wholly on screen, clear of the pane's edges (the zoom bar and the map sit beside the board). */
async function cardsOnScreen(page: Page, count: number, bottomMargin = 80) {
  return page.evaluate(
    ({ count, bottomMargin }) => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const found: { id: string; x: number; y: number; left: number; top: number }[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-robot')) {
        const r = el.getBoundingClientRect();
        const inside =
          r.left > pane.left + 60 &&
          r.right < pane.right - 20 &&
          r.top > pane.top + 20 &&
          r.bottom < pane.bottom - bottomMargin;
        if (inside)
          found.push({
            id: el.dataset.id!,
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
            left: r.left,
            top: r.top,
          });
        if (found.length === count) break;
      }
      return found;
    },
    { count, bottomMargin },
  );
}

/**
 * Click → the inspector shows the card, for `count` different cards. Each card is looked up just
 * before its click: the inspector opening beside the board narrows it, and the board then scrolls
 * to keep the selected card in view, so places found earlier no longer hold.
 */
export async function selectCard(page: Page, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    // Each click selects a card with nothing selected before, as the first one does: Escape closes
    // the inspector, and the board has its whole width again.
    if (i > 0) await deselect(page);
    const card = (await cardsOnScreen(page, i + 1))[i];
    if (!card) break;
    times.push(
      await measure(page, 'click', null, { kind: 'inspector', id: card.id }, () =>
        page.mouse.click(card.x, card.y),
      ),
    );
    await page.waitForTimeout(300);
  }
  return times;
}

/** Where a card is: its centre on screen, and its place on the board (its node's transform). */
async function placeOf(page: Page, id: string) {
  return page.evaluate((id) => {
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)!;
    const r = el.getBoundingClientRect();
    return { id, x: r.left + r.width / 2, y: r.top + r.height / 2, place: el.style.transform };
  }, id);
}

/** The centre of the nearest robot card straight below `card` on screen (its lane's next row), if any. */
async function cardBelow(page: Page, card: { id: string; x: number; y: number }) {
  return page.evaluate((card) => {
    let best: { x: number; y: number } | undefined;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-robot')) {
      if (el.dataset.id === card.id) continue;
      const r = el.getBoundingClientRect();
      const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      if (r.left > card.x || r.right < card.x || centre.y <= card.y) continue;
      if (!best || centre.y < best.y) best = centre;
    }
    return best && best.y < innerHeight - 40 ? best : undefined;
  }, card);
}

/** Escape: nothing selected, the inspector closed; then the page settles. */
async function deselect(page: Page) {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

/** A keystroke in the inspector's name field → the card shows the new name; one key at a time. */
export async function typeInName(page: Page, keys: number): Promise<number[]> {
  const [card] = await cardsOnScreen(page, 1);
  await page.mouse.click(card!.x, card!.y);
  const name = page.locator('[data-pane="details"]').getByLabel('Name', { exact: true });
  await name.click();
  const text = 'Urgent reminder'.slice(0, keys);
  const times: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const key = text[i]!;
    times.push(
      await measure(
        page,
        'keydown',
        key,
        { kind: 'cardName', id: card!.id, text: text.slice(0, i + 1) },
        () => page.keyboard.press(key),
      ),
    );
    // Typing speed of a quick typist, so each key lands on a settled page.
    await page.waitForTimeout(150);
  }
  return times;
}

/**
 * A real mouse drag of a card down its lane onto the card below (it then runs after that one), then
 * Ctrl+Z → the card is back where it was.
 */
export async function dragAndUndo(
  page: Page,
  count: number,
  // What surrounds each undo's measurement (profile:canvas records a CPU profile of the undo alone).
  aroundUndo: (undo: () => Promise<number>) => Promise<number> = (undo) => undo(),
): Promise<number[]> {
  const times: number[] = [];
  // The first view shows the lanes' headers and triggers over a row or two of robots: the board is
  // scrolled down first (the wheel scrolls it), so enough cards have a card below them on screen.
  await deselect(page);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(600);
  for (let i = 0; times.length < count && i < 3 * count; i++) {
    // A different card each time, found with nothing selected (the board at its whole width), room
    // below it for the drag down its lane. It is clicked first: selecting it opens the inspector,
    // which narrows the board and may scroll the card into view, so its place is read after that.
    await deselect(page);
    const found = (await cardsOnScreen(page, i + 1, 220))[i];
    if (!found) break;
    await page.mouse.click(found.x, found.y);
    await page.waitForTimeout(300);
    const card = await placeOf(page, found.id);
    // Onto the middle of the card below it: a drop in the gap between cards would be a drop in free
    // space (the card goes to the lane's end, far away, and the board follows it there and back).
    const below = await cardBelow(page, card);
    if (!below) continue;
    await page.mouse.move(card.x, card.y);
    await page.mouse.down();
    await page.mouse.move(card.x + 10, (card.y + below.y) / 2, { steps: 5 });
    await page.mouse.move(below.x, below.y, { steps: 5 });
    await page.mouse.up();
    // The drop is committed (one undo step) when the card has a new place on the board. A drop
    // that changes nothing (the slot it was in) has no step to undo: the next card is tried.
    const moved = await page
      .waitForFunction(
        ({ id, place }) =>
          document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.style
            .transform !== place,
        { id: card.id, place: card.place },
        { timeout: 2000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!moved) continue;
    await page.waitForTimeout(300);
    times.push(
      await aroundUndo(() =>
        measure(page, 'keydown', 'z', { kind: 'cardAt', id: card.id, place: card.place }, () =>
          page.keyboard.press('Control+z'),
        ),
      ),
    );
    await page.waitForTimeout(300);
  }
  return times;
}
