import { startTransition, useEffect, useState } from 'react';
import type { CanvasNode } from './types';

/*
 * React Flow's card wrappers read their node from its store on every store update and throw when
 * the node is gone (`node.internals` of undefined); React catches it and re-renders, but each throw
 * builds an error with its stack. A card React Flow is drawing and that leaves its list in one step
 * — the cards on screen when a large board switches to lane sketches, a window cut away from the
 * view — is read that way once per update until its wrapper unmounts: ~180 throws and 36–51 ms in the
 * frame of the sketch switch (measured at 5,000 robots). A leaving node is therefore handed over
 * hidden first (React Flow unmounts hidden nodes' wrappers) and dropped one render later.
 */

/** `next`, plus, hidden, the nodes of `handed` (the list React Flow has now) that `next` drops. */
export function withLeavingHidden(handed: readonly CanvasNode[], next: CanvasNode[]): CanvasNode[] {
  if (handed === next) return next;
  const kept = new Set<string>();
  for (const node of next) kept.add(node.id);
  let leaving: CanvasNode[] | undefined;
  for (const node of handed)
    if (!node.hidden && !kept.has(node.id)) (leaving ??= []).push({ ...node, hidden: true } as CanvasNode);
  return leaving ? [...next, ...leaving] : next;
}

/** The nodes to hand React Flow for `nodes`: leaving nodes hidden for one render, then gone. */
export function useLeavingHidden(nodes: CanvasNode[]): CanvasNode[] {
  const [handed, setHanded] = useState({ from: nodes, shown: nodes });
  let current = handed;
  if (handed.from !== nodes) {
    // React's pattern for state derived from the previous render: set while rendering, no effect.
    current = { from: nodes, shown: withLeavingHidden(handed.shown, nodes) };
    setHanded(current);
  }
  const { from, shown } = current;
  useEffect(() => {
    if (shown === from) return;
    // Their wrappers are unmounted now; dropping them is no news to anything on screen.
    startTransition(() => setHanded((now) => (now.from === from ? { from, shown: from } : now)));
  }, [from, shown]);
  return shown;
}
