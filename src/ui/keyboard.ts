/*
 * The keyboard registry: every shortcut of the designer, once — its keys, where it applies, and the
 * sentence the shortcuts help shows. The handlers match key presses through this table
 * (app/useShortcuts.ts for the designer, panels/statuses/keys.ts for a focused status header,
 * app/usePaneCycling.ts for the page), the help dialog lists it row by row, and tooltips print its
 * keys; so a shortcut cannot be handled without being listed, nor listed without being handled.
 */

import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** One key with its modifiers. `mod` is Ctrl, or ⌘ on Apple keyboards; `shift` absent = either. */
export interface Chord {
  key: string;
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
}

/**
 * Where a shortcut applies: `designer` anywhere on the board outside text boxes, dialogs and menus;
 * `status` on a focused status header; `page` everywhere.
 */
export type ShortcutScope = 'designer' | 'status' | 'page';

export interface Shortcut {
  scope: ShortcutScope;
  /** Alternatives: any of them does it. */
  chords: readonly Chord[];
  help: string;
}

export const SHORTCUTS = {
  undo: { scope: 'designer', chords: [{ key: 'z', mod: true, shift: false }], help: 'Undo' },
  redo: {
    scope: 'designer',
    chords: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    help: 'Redo',
  },
  copy: {
    scope: 'designer',
    chords: [{ key: 'c', mod: true }],
    help: 'Copy the selected robots and triggers',
  },
  cut: { scope: 'designer', chords: [{ key: 'x', mod: true }], help: 'Cut the selected robots and triggers' },
  paste: { scope: 'designer', chords: [{ key: 'v', mod: true }], help: 'Paste into the selected lane' },
  duplicate: { scope: 'designer', chords: [{ key: 'd', mod: true }], help: 'Duplicate the selection' },
  delete: {
    scope: 'designer',
    chords: [{ key: 'Delete' }, { key: 'Backspace' }],
    help: 'Delete the selection',
  },
  selectInLane: {
    scope: 'designer',
    chords: [
      { key: 'ArrowUp', shift: false },
      { key: 'ArrowDown', shift: false },
    ],
    help: 'Select the previous or next card in the lane',
  },
  selectAcrossLanes: {
    scope: 'designer',
    chords: [
      { key: 'ArrowLeft', shift: false },
      { key: 'ArrowRight', shift: false },
    ],
    help: 'Select a card in the neighbouring lane',
  },
  moveCards: {
    scope: 'designer',
    chords: [
      { key: 'ArrowLeft', alt: true, shift: false },
      { key: 'ArrowRight', alt: true, shift: false },
    ],
    help: 'Move the selected cards one status left or right',
  },
  moveStatus: {
    scope: 'status',
    chords: [
      { key: 'ArrowLeft', alt: true, shift: false },
      { key: 'ArrowRight', alt: true, shift: false },
    ],
    help: 'Move the focused status left or right',
  },
  renameStatus: { scope: 'status', chords: [{ key: 'F2' }], help: 'Rename the focused status' },
  nextPane: {
    scope: 'page',
    chords: [
      { key: 'F6', shift: false },
      { key: 'F6', shift: true },
    ],
    help: 'Move to the next or previous pane: palette, canvas, details, problems',
  },
  help: { scope: 'designer', chords: [{ key: '?' }], help: 'Show or hide this list' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** The ids of one scope, for a handler table that must cover them all. */
export type ShortcutIdIn<S extends ShortcutScope> = {
  [Id in ShortcutId]: (typeof SHORTCUTS)[Id]['scope'] extends S ? Id : never;
}[ShortcutId];

export const shortcutIds = Object.keys(SHORTCUTS) as ShortcutId[];

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export function chordMatches(chord: Chord, event: KeyPress): boolean {
  const key = chord.key.length === 1 ? event.key.toLowerCase() : event.key;
  return (
    key === chord.key &&
    (event.ctrlKey || event.metaKey) === (chord.mod ?? false) &&
    event.altKey === (chord.alt ?? false) &&
    (chord.shift === undefined || event.shiftKey === chord.shift)
  );
}

/** The shortcut of `scope` this key press means, if any. */
export function shortcutFor<S extends ShortcutScope>(scope: S, event: KeyPress): ShortcutIdIn<S> | undefined {
  return shortcutIds.find(
    (id) => SHORTCUTS[id].scope === scope && SHORTCUTS[id].chords.some((c) => chordMatches(c, event)),
  ) as ShortcutIdIn<S> | undefined;
}

/** Apple keyboards say ⌘ where others say Ctrl: help and tooltips name the key the user presses. */
export const isApple = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** "Ctrl+Shift+Z", or "⇧⌘Z" on a Mac. */
export function chordText(chord: Chord, mac: boolean = isApple()): string {
  const key = KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  const shown = chord.key === '?' ? '?' : key;
  if (mac) return `${chord.shift ? '⇧' : ''}${chord.alt ? '⌥' : ''}${chord.mod ? '⌘' : ''}${shown}`;
  return `${chord.mod ? 'Ctrl+' : ''}${chord.shift ? 'Shift+' : ''}${chord.alt ? 'Alt+' : ''}${shown}`;
}

/** A shortcut's first keys, for a tooltip: "Ctrl+Z". */
export const shortcutText = (id: ShortcutId, mac?: boolean): string =>
  chordText(SHORTCUTS[id].chords[0]!, mac);

/**
 * A shortcut's help sentence in the translator's language (`dialogs.shortcut.<id>`); the registry's
 * `help` is the English source and the fallback.
 */
export function shortcutHelp(id: ShortcutId, translator: Translator = englishTranslator): string {
  const key = `dialogs.shortcut.${id}`;
  return translator.has(key) ? translator.t(key as Parameters<Translator['t']>[0]) : SHORTCUTS[id].help;
}
