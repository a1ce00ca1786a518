import { useEffect } from 'react';
import { shortcutFor } from '../ui/keyboard';

/** The designer's panes in reading order; F6 moves between them as in desktop apps and browsers. */
const PANES = [
  '[data-pane="palette"]',
  '[data-pane="canvas"]',
  '[data-pane="details"]',
  '[data-pane="problems"]',
];
const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';

function focusInto(pane: Element): boolean {
  // On the canvas, land on the selected card (so its inspector stays), else the first card.
  const target =
    pane.querySelector<HTMLElement>('.react-flow__node.selected') ??
    pane.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
  return !!target;
}

/**
 * F6 / Shift+F6 jump between palette, canvas, inspector and problems, so a keyboard user does not
 * have to Tab through every card of the canvas to reach the inspector.
 */
export function usePaneCycling(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (shortcutFor('page', event) !== 'nextPane') return;
      const panes = PANES.map((s) => document.querySelector(s)).filter((p): p is Element => p !== null);
      if (panes.length === 0) return;
      const current = panes.findIndex((p) => p.contains(document.activeElement));
      const step = event.shiftKey ? -1 : 1;
      for (let k = 1; k <= panes.length; k++) {
        const next = panes[(current + step * k + panes.length * 2) % panes.length]!;
        if (focusInto(next)) break;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
