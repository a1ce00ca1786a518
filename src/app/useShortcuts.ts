import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { deleteSelectionCommand } from '../domain/clipboard';
import { moveCardsCommand, neighbourStatusOf } from '../domain/moveCards';
import { neighbourCard } from '../domain/navigation';
import type { Direction } from '../domain/navigation';
import { useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';
import { createClipboardActions, systemClipboard } from '../store/clipboard';
import type { ClipboardAccess, ClipboardActions } from '../store/clipboard';
import { shortcutFor } from '../ui/keyboard';
import type { ShortcutIdIn } from '../ui/keyboard';

export interface ShortcutOptions {
  /** `?` pressed: show (or hide) the shortcuts help. */
  onShowHelp?: () => void;
  /** A sentence for the user: a paste of invalid content, a refused edit. */
  onMessage?: (message: string) => void;
  /** Alt+←/→ moved the selected cards to another status: what happened, in a sentence. */
  onMoved?: (message: string, focusId: string) => void;
  /** The arrow keys selected this card: reveal it (and focus it, if the canvas wants). */
  onSelectionMoved?: (id: string) => void;
  /** Where copy and paste go; the system clipboard with an in-memory fallback by default. */
  clipboard?: ClipboardAccess;
  /** False while something else owns the keyboard (e.g. the simulator). */
  enabled?: boolean;
}

/** Typing belongs to the text box: never take its keys (undo in an input is the input's undo). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor')
  )
    return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Dialogs and menus handle their own keys; the designer behind them must not react. */
export const insideOverlay = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[aria-modal="true"], [role="menu"]') !== null;

/** Widgets where arrows already mean something (radio groups, lists, sliders…). */
const ownsArrows = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  target.closest(
    '[role="listbox"], [role="tree"], [role="grid"], [role="tablist"], [role="radiogroup"], [role="slider"]',
  ) !== null;

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

type State = ReturnType<DesignerStore['getState']>;
interface Context {
  event: KeyboardEvent;
  state: State;
  actions: ClipboardActions;
  options: ShortcutOptions;
  tell: (outcome: { ok: boolean; message?: string }) => void;
  hasCards: boolean;
}

/**
 * What each designer shortcut of the registry (ui/keyboard.ts) does; true when it took the key. The
 * table's type requires a handler for every registered designer shortcut.
 */
const HANDLERS: Record<ShortcutIdIn<'designer'>, (ctx: Context) => boolean> = {
  undo: ({ state }) => (state.undo(), true),
  redo: ({ state }) => (state.redo(), true),
  copy: (ctx) => copyOrCut(ctx, 'copy'),
  cut: (ctx) => copyOrCut(ctx, 'cut'),
  paste: ({ actions, tell }) => {
    void actions.paste().then(tell);
    return true;
  },
  duplicate: ({ actions, tell, hasCards }) => {
    // Always ours: the browser's Ctrl+D would bookmark the page.
    if (hasCards) tell(actions.duplicate());
    return true;
  },
  delete: ({ state, options }) => {
    const command = deleteSelectionCommand(state.flow, state.selection);
    if (!command) return false;
    const result = state.dispatch(command);
    if (result.ok) state.clearSelection();
    else options.onMessage?.(result.reason);
    return true;
  },
  selectInLane: selectNeighbour,
  selectAcrossLanes: selectNeighbour,
  moveCards: ({ event, state, options }) => {
    if (ownsArrows(event.target)) return false;
    return moveSelectedCards(state, event.key === 'ArrowLeft' ? -1 : 1, options);
  },
  help: ({ options }) => {
    options.onShowHelp?.();
    return true;
  },
};

function copyOrCut({ actions, tell, hasCards }: Context, what: 'copy' | 'cut'): boolean {
  // With no card selected, leave the browser's own copy (of selected text) alone.
  if (!hasCards || hasTextSelection()) return false;
  void actions[what]().then(tell);
  return true;
}

function selectNeighbour({ event, state, options }: Context): boolean {
  const direction = ARROWS[event.key];
  if (!direction || ownsArrows(event.target)) return false;
  const next = neighbourCard(state.flow, state.selection.at(-1) ?? null, direction);
  if (next === null) return false;
  state.select([next]);
  options.onSelectionMoved?.(next);
  return true;
}

/** The designer's shortcuts as a function of one key press; true when it handled the key. */
export function handleShortcut(
  event: KeyboardEvent,
  store: DesignerStore,
  actions: ClipboardActions,
  options: ShortcutOptions,
): boolean {
  const id = shortcutFor('designer', event);
  if (id === undefined) return false;
  const state = store.getState();
  const tell = (outcome: { ok: boolean; message?: string }) => {
    if (!outcome.ok && outcome.message) options.onMessage?.(outcome.message);
  };
  const hasCards = deleteSelectionCommand(state.flow, state.selection) !== null;
  return HANDLERS[id]({ event, state, actions, options, tell, hasCards });
}

/**
 * Alt+←/→ with cards selected: they move to the neighbouring status, as when dragged there. The key
 * is taken even at the first or last status, where nothing moves, so the browser's Alt+← (back)
 * never leaves the designer for a key meant for a card.
 */
function moveSelectedCards(state: State, step: -1 | 1, options: ShortcutOptions): boolean {
  const { flow, selection } = state;
  const cards = selection.filter(
    (id) => flow.robots.some((r) => r.id === id) || flow.triggers.some((t) => t.id === id),
  );
  if (cards.length === 0) return false;
  const to = neighbourStatusOf(flow, cards, step);
  const move = to === null ? null : moveCardsCommand(flow, cards, to);
  if (!move) {
    options.onMessage?.(step < 0 ? 'Already in the first status.' : 'Already in the last status.');
    return true;
  }
  const result = state.dispatch(move.command);
  if (result.ok) options.onMoved?.(move.message, cards.at(-1)!);
  else options.onMessage?.(result.reason);
  return true;
}

function hasTextSelection(): boolean {
  const selection = typeof window !== 'undefined' ? window.getSelection() : null;
  return !!selection && !selection.isCollapsed && selection.toString().length > 0;
}

/**
 * Installs the designer's keyboard shortcuts on the document for the store of the enclosing
 * DesignerStoreProvider. Keys typed into text boxes, dialogs and menus are left to them, and a key
 * a component already handled (preventDefault) is not handled twice.
 */
export function useShortcuts(options: ShortcutOptions = {}): void {
  const store = useDesignerStoreApi();
  const { clipboard, enabled = true } = options;
  const actions = useMemo(
    () => createClipboardActions(store, clipboard ?? systemClipboard()),
    [store, clipboard],
  );
  // Callbacks change every render; the listener reads the latest without being reinstalled.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTyping(event.target) || insideOverlay(event.target)) return;
      if (handleShortcut(event, store, actions, latest.current)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, actions, enabled]);
}
