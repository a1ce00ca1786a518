import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useDesignerStoreApi } from '../store';
import { insideOverlay, isTyping } from './useShortcuts';

/** Lists and menus inside the dock (template suggestions, pickers) take their own Escape first. */
const ownsEscape = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[role="listbox"], [role="menu"], [role="dialog"]') !== null;

/** The canvas element of a card or lane, by selection id (lanes are `lane:` nodes). */
const canvasNodeOf = (id: string) =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ??
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(`lane:${id}`)}"]`);

/**
 * Closing the dock is clearing the selection. Esc does it from anywhere but a text field, a dialog,
 * a menu or a list that closes itself first. When the keyboard focus was inside the dock (which is
 * about to go), it moves to the card that was selected — before the selection is cleared, since the
 * canvas selects a card that takes keyboard focus — so the user carries on from where they were.
 */
export function useCloseOnEscape(open: boolean, pane: RefObject<HTMLElement | null>): () => void {
  const store = useDesignerStoreApi();
  const close = () => {
    const { selection } = store.getState();
    const focusWasInside = pane.current?.contains(document.activeElement) ?? false;
    const last = selection.at(-1);
    if (focusWasInside && last !== undefined) canvasNodeOf(last)?.focus();
    store.getState().clearSelection();
  };

  // The key listener reads the latest close without being reinstalled on every render.
  const latest = useRef(close);
  useLayoutEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      if (isTyping(event.target) || insideOverlay(event.target) || ownsEscape(event.target)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return close;
}
