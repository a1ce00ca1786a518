import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/*
 * A bar that gives way step by step when its content does not fit: first it hides what is only
 * informative, then it folds its least used controls into a "More" menu. A breakpoint cannot know
 * when: the same bar is 200 px wider in Russian than in English, and a long save status or a
 * signed-in account adds more.
 *
 * Marking: what goes at step N carries `data-fold="N"` (the caller's CSS hides it from the bar's
 * `data-fold-level` N on); the menu that appears at step N carries `data-fold-menu="N"`. The bar's own
 * children are laid out in one row. One may shrink and say with `data-least-width` how narrow it may
 * get before the bar gives way instead (a design name cut to three letters is no use; below that
 * width it still shrinks to its CSS min-width when every step is taken).
 */

const gapOf = (element: Element) => parseFloat(getComputedStyle(element).columnGap) || 0;

/** The width of an element plus the gap that separates it from its neighbour in its row. */
const withGap = (element: HTMLElement) => {
  const width = element.getBoundingClientRect().width;
  return width > 0 ? width + (element.parentElement ? gapOf(element.parentElement) : 0) : 0;
};

/** How wide a child would be with room to spare: its widest content (a cut name is wider than drawn). */
const naturalWidth = (child: HTMLElement) =>
  Math.max(child.scrollWidth, ...[...child.children].map((inner) => inner.scrollWidth));

/** The width a child needs before the bar gives way: the drawn width, or its `data-least-width`. */
function leastWidthOf(child: HTMLElement): number {
  const least = Number(child.dataset.leastWidth);
  const drawn = child.getBoundingClientRect().width;
  return least > 0 ? Math.min(naturalWidth(child), least) : drawn;
}

/** The least width the bar's row needs as it is drawn now, each shrinkable child at its least width. */
function leastWidth(bar: HTMLElement): number {
  const style = getComputedStyle(bar);
  const shown = [...bar.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.getBoundingClientRect().width > 0,
  );
  let width = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  width += Math.max(0, shown.length - 1) * gapOf(bar);
  for (const child of shown) width += leastWidthOf(child);
  return width;
}

const NO_STEPS: number[] = [];

const sumWidths = (elements: Iterable<HTMLElement>) => [...elements].reduce((sum, e) => sum + withGap(e), 0);

/**
 * How many steps of giving way the bar takes now (0 = everything shown, up to `steps`). Decided from
 * widths measured, not from "does it overflow now?" alone: after a step the bar fits, so it takes a
 * step back only when what that step hid (its width remembered from the moment it went) would fit
 * again. A new `widthsKey` (the language) says those widths changed: the bar starts over.
 */
export function useCrowded(ref: RefObject<HTMLElement | null>, widthsKey: string, steps: number): number {
  // The width each step taken so far freed in the bar.
  const [state, setState] = useState({ widthsKey, freed: [] as number[] });
  if (state.widthsKey !== widthsKey) setState({ widthsKey, freed: [] });
  const freed = state.widthsKey === widthsKey ? state.freed : NO_STEPS;
  const level = freed.length;

  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const need = leastWidth(bar);
      if (need > bar.clientWidth + 1) {
        if (level >= steps) return;
        const going = bar.querySelectorAll<HTMLElement>(`[data-fold="${level + 1}"]`);
        setState({ widthsKey, freed: [...freed, sumWidths(going)] });
        return;
      }
      if (level === 0) return;
      const menus = bar.querySelectorAll<HTMLElement>(`[data-fold-menu="${level}"]`);
      // Two pixels of slack: rounding must not make the bar give way and come back in turn.
      if (need + freed[level - 1]! - sumWidths(menus) + 2 <= bar.clientWidth)
        setState({ widthsKey, freed: freed.slice(0, -1) });
    };
    // The bar's width changes with the window; its parts' widths change with their text (a save
    // status, a count), which can make the bar overflow, or fit again, at the same window width.
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    for (const part of bar.querySelectorAll(':scope > *, :scope > * > *')) observer.observe(part);
    measure();
    return () => observer.disconnect();
  }, [ref, freed, level, steps, widthsKey]);

  return level;
}
