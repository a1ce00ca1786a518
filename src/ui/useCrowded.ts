import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/*
 * A bar that folds its least used controls into a "More" menu when they do not fit. A breakpoint
 * cannot know when that is: the same bar is 200 px wider in Russian than in English, and a long
 * save status or a signed-in account adds more.
 *
 * Marking: the controls that fold carry `data-fold`, the menu that takes them `data-fold-menu`.
 * The bar's own children are laid out in one row. One may shrink and say with `data-least-width`
 * how narrow it may get before the bar folds instead (a design name cut to three letters is no
 * use; below that width it still shrinks to its CSS min-width when folding is not enough).
 */

const gapOf = (element: Element) => parseFloat(getComputedStyle(element).columnGap) || 0;

/** The width of an element plus the gap that separates it from its neighbour in its row. */
const withGap = (element: HTMLElement) =>
  element.getBoundingClientRect().width + (element.parentElement ? gapOf(element.parentElement) : 0);

/** How wide a child would be with room to spare: its widest content (a cut name is wider than drawn). */
const naturalWidth = (child: HTMLElement) =>
  Math.max(child.scrollWidth, ...[...child.children].map((inner) => inner.scrollWidth));

/** The width a child needs before the bar folds: the drawn width, or its `data-least-width` if it shrinks. */
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

/**
 * True while the bar's controls marked `data-fold` should be folded away. Folding is decided from
 * widths measured, not from "does it overflow now?" alone: once folded the bar fits, and it unfolds
 * only when the folded controls (their widths remembered from the moment they folded) would fit
 * again in place of the menu. A new `widthsKey` (the language) says those widths changed: the bar
 * unfolds and is measured anew.
 */
export function useCrowded(ref: RefObject<HTMLElement | null>, widthsKey: string): boolean {
  // The width the folded controls took in the bar, or null when nothing is folded.
  const [state, setState] = useState({ widthsKey, folded: null as number | null });
  if (state.widthsKey !== widthsKey) setState({ widthsKey, folded: null });
  const folded = state.widthsKey === widthsKey ? state.folded : null;
  const setFolded = (width: number | null) => setState({ widthsKey, folded: width });

  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      if (folded === null) {
        if (leastWidth(bar) <= bar.clientWidth + 1) return;
        const controls = [...bar.querySelectorAll<HTMLElement>('[data-fold]')];
        setFolded(controls.reduce((sum, control) => sum + withGap(control), 0));
        return;
      }
      const menu = bar.querySelector<HTMLElement>('[data-fold-menu]');
      const unfolded = leastWidth(bar) - (menu ? withGap(menu) : 0) + folded;
      // Two pixels of slack: rounding must not fold and unfold the bar in turn.
      if (unfolded + 2 <= bar.clientWidth) setFolded(null);
    };
    // The bar's width changes with the window; its parts' widths change with their text (a save
    // status, a count), which can make the bar overflow, or fit again, at the same window width.
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    for (const part of bar.querySelectorAll(':scope > *, :scope > * > *')) observer.observe(part);
    measure();
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setFolded is rebuilt each render, its key is widthsKey
  }, [ref, folded, widthsKey]);

  return folded !== null;
}
