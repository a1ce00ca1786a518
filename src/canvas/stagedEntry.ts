import { useEffect, useMemo, useState } from 'react';
import { SIZES } from './layout';
import type { Rect, WindowedGraph } from './viewportWindow';

/*
 * A window cut while a large board pans or zooms brings in the cards of a whole strip beside the
 * view — fifty or more at 5,000 robots — and React Flow mounts them in one synchronous render:
 * with their styles, layout and paint that frame took 40–70 ms, and a pan lost several frames at
 * each cut. The strip lies beyond the view (the window reaches past each edge of it), so its cards
 * can come in a few per frame, those nearest the view first, and be there before the view is.
 * A window that has nothing in common with the one before (a jump to a far card, the switch back
 * from lane sketches) shows its cards at once: they are on screen, and must not pop in.
 */

/** How many cards enter React Flow per frame after a cut. */
export const CARDS_PER_FRAME = 12;

/**
 * The cards of `next` that wait to enter, in the order they will, nearest `centre` first: the
 * cards not shown before, when more than a frame's worth came and some shown cards stay. Empty
 * when everything may enter at once.
 */
export function entryQueue(
  next: WindowedGraph,
  shownBefore: ReadonlySet<string> | null,
  centre: { x: number; y: number },
): string[] {
  if (shownBefore === null) return [];
  const laneX = new Map<string, number>();
  const entering: { id: string; distance: number }[] = [];
  let staying = false;
  for (const node of next.nodes) {
    if (node.type === 'lane') {
      laneX.set(node.id, node.position.x);
      continue;
    }
    if (shownBefore.has(node.id)) {
      staying = true;
      continue;
    }
    const x = (laneX.get(node.parentId ?? '') ?? 0) + node.position.x + SIZES.cardWidth / 2;
    const y = node.position.y + SIZES.cardHeight / 2;
    entering.push({ id: node.id, distance: Math.hypot(x - centre.x, y - centre.y) });
  }
  if (!staying || entering.length <= CARDS_PER_FRAME) return [];
  return entering.sort((a, b) => a.distance - b.distance).map((card) => card.id);
}

type Stage = {
  /** The window and its ids this stage was made for. */
  window: Rect | null;
  kept: ReadonlySet<string> | null;
  queue: readonly string[];
  /** How many of `queue` have entered. */
  entered: number;
};

const waitingOf = (stage: Stage): ReadonlySet<string> => new Set(stage.queue.slice(stage.entered));

/** What React Flow has of the window of `stage`: its ids but those still waiting. */
function shownOf(stage: Stage): ReadonlySet<string> | null {
  if (stage.kept === null || stage.entered >= stage.queue.length) return stage.kept;
  const waiting = waitingOf(stage);
  return new Set([...stage.kept].filter((id) => !waiting.has(id)));
}

/** `windowed` without the cards still waiting to enter. */
function staged(windowed: WindowedGraph, stage: Stage): WindowedGraph {
  if (stage.entered >= stage.queue.length) return windowed;
  const waiting = waitingOf(stage);
  const nodes = windowed.nodes.filter((node) => !waiting.has(node.id));
  return {
    nodes,
    edges: windowed.edges.filter((edge) => !waiting.has(edge.source) && !waiting.has(edge.target)),
    kept: new Set(nodes.map((node) => node.id)),
    all: windowed.all,
  };
}

/**
 * The window to hand React Flow: `windowed` (cut around `window`), its new cards entering
 * CARDS_PER_FRAME per animation frame after a cut (see above). An edit with the same window shows its
 * cards at once: the window's ids change only by the few cards it moved.
 */
export function useStagedEntry(windowed: WindowedGraph | null, window: Rect | null): WindowedGraph | null {
  const [stage, setStage] = useState<Stage>({ window: null, kept: null, queue: [], entered: 0 });
  let current = stage;
  const kept = windowed?.kept ?? null;
  if (kept !== stage.kept || window !== stage.window) {
    // Only a new window stages its cards; an edit's few moved cards, or the lanes' sketches giving
    // way to cards, show at once.
    const cut = window !== null && stage.window !== null && window !== stage.window;
    const centre = window ? { x: window.x + window.width / 2, y: window.y + window.height / 2 } : null;
    const queue = windowed && cut && centre ? entryQueue(windowed, shownOf(stage), centre) : [];
    // React's pattern for state derived from the previous render: set while rendering, no effect.
    current = { window, kept, queue, entered: 0 };
    setStage(current);
  }
  useEffect(() => {
    if (current.entered >= current.queue.length) return;
    const frame = requestAnimationFrame(() =>
      setStage((now) => (now === current ? { ...now, entered: now.entered + CARDS_PER_FRAME } : now)),
    );
    return () => cancelAnimationFrame(frame);
  }, [current]);
  return useMemo(() => (windowed ? staged(windowed, current) : null), [windowed, current]);
}
