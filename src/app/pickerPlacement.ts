import type { CSSProperties } from 'react';

const WIDTH = 336;
const MARGIN = 8;
/** Below this much room under the anchor the picker opens above it instead. */
const MIN_BELOW = 280;

/**
 * Where the picker sits: under its anchor (the lane's "+ Add robot" button), or above it when the
 * window has no room below, kept inside the window sideways; centred near the top without one.
 */
export function pickerPlacement(anchor: Element | null | undefined): CSSProperties {
  const width = Math.min(WIDTH, window.innerWidth - 2 * MARGIN);
  if (!anchor) {
    return { top: '12vh', left: `calc(50% - ${width / 2}px)`, width, maxHeight: '70vh' };
  }
  const box = anchor.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(box.left, window.innerWidth - width - MARGIN));
  const below = window.innerHeight - box.bottom - MARGIN;
  if (below >= MIN_BELOW || below >= box.top) {
    return { top: box.bottom + 4, left, width, maxHeight: Math.max(below - 4, 160) };
  }
  return {
    bottom: window.innerHeight - box.top + 4,
    left,
    width,
    maxHeight: Math.max(box.top - MARGIN - 4, 160),
  };
}
