import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { handleShortcut } from '../../../src/app/useShortcuts';
import { ShortcutsHelp } from '../../../src/panels/ShortcutsHelp';
import { StatusHeader } from '../../../src/panels/statuses/StatusHeader';
import { createDesignerStore } from '../../../src/store';
import { createClipboardActions, createMemoryClipboard } from '../../../src/store/clipboard';
import { SHORTCUTS, chordText, shortcutIds } from '../../../src/ui/keyboard';
import type { Chord } from '../../../src/ui/keyboard';
import { sampleFlow } from '../../unit/commands/helpers';

/*
 * The keyboard registry (ui/keyboard.ts) is the one list of shortcuts: the help shows exactly its
 * rows, and every designer shortcut in it is taken by the designer's handler.
 */

const press = (chord: Chord) =>
  new KeyboardEvent('keydown', {
    key: chord.key,
    ctrlKey: chord.mod ?? false,
    altKey: chord.alt ?? false,
    shiftKey: chord.shift ?? false,
  });

describe('the keyboard registry', () => {
  it('the help lists every registered shortcut with all its keys, and nothing else', () => {
    render(<ShortcutsHelp onClose={() => undefined} mac={false} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row').slice(1); // the first row is the header
    expect(rows).toHaveLength(shortcutIds.length);
    shortcutIds.forEach((id, i) => {
      const row = rows[i]!;
      expect(row).toHaveTextContent(SHORTCUTS[id].help);
      for (const chord of SHORTCUTS[id].chords)
        expect(within(row).getByText(chordText(chord, false))).toBeInTheDocument();
    });
  });

  it('names the keys as the user presses them, with ⌘ on a Mac', () => {
    expect(chordText(SHORTCUTS.redo.chords[0], false)).toBe('Ctrl+Shift+Z');
    expect(chordText(SHORTCUTS.redo.chords[0], true)).toBe('⇧⌘Z');
    expect(chordText(SHORTCUTS.moveCards.chords[0], false)).toBe('Alt+←');
  });

  it('every designer shortcut in the help is handled by the designer', () => {
    const designer = shortcutIds.filter((id) => SHORTCUTS[id].scope === 'designer');
    expect(designer.length).toBeGreaterThan(5);
    for (const id of designer) {
      for (const chord of SHORTCUTS[id].chords) {
        // A card in the first lane and one in the last, so that every arrow has somewhere to go.
        const handled = [['a2'], ['b1']].some((selection) => {
          const store = createDesignerStore(sampleFlow());
          store.getState().select(selection);
          const actions = createClipboardActions(store, createMemoryClipboard());
          return handleShortcut(press(chord), store, actions, { onShowHelp: () => undefined });
        });
        expect(handled, `${id}: ${chordText(chord, false)}`).toBe(true);
      }
    }
  });

  it('F2 on a focused status header is the registry’s rename, Alt+arrows its move', () => {
    const flow = sampleFlow();
    const dispatched: unknown[] = [];
    render(
      <StatusHeader
        flow={flow}
        statusId={flow.statuses[0]!.id}
        dispatch={(command) => {
          dispatched.push(command);
          return { ok: true } as never;
        }}
      />,
    );
    const header = screen.getByRole('group', { name: /^Status / });
    fireEvent.keyDown(header, { key: 'ArrowRight', altKey: true });
    expect(dispatched).toEqual([expect.objectContaining({ type: 'status.move', toIndex: 1 })]);
    fireEvent.keyDown(header, { key: 'F2' });
    expect(screen.getByRole('textbox')).toBeInTheDocument();
  });
});
