import { copySelection, deleteSelectionCommand, pasteText, serializeClipboard } from '../domain/clipboard';
import type { Flow } from '../domain/flow';
import type { StatusId } from '../domain/ids';
import type { DesignerStore } from './createDesignerStore';

/** Where clipboard text goes: the system clipboard, or memory where the browser refuses it. */
export interface ClipboardAccess {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
}

/** A clipboard private to one designer: the fallback, and what tests inject. */
export function createMemoryClipboard(initial = ''): ClipboardAccess {
  let text = initial;
  return {
    readText: async () => text,
    writeText: async (value) => {
      text = value;
    },
  };
}

/**
 * The system clipboard (navigator.clipboard), guarded: it is missing outside secure contexts and
 * reading may be refused by permission. Every write also goes to memory, so copy and paste inside
 * the designer keep working whatever the browser allows.
 */
export function systemClipboard(memory: ClipboardAccess = createMemoryClipboard()): ClipboardAccess {
  const system = (): Clipboard | undefined =>
    typeof navigator !== 'undefined' && navigator.clipboard ? navigator.clipboard : undefined;
  return {
    async readText() {
      const clipboard = system();
      if (clipboard) {
        try {
          return await clipboard.readText();
        } catch {
          // Reading refused (permission, focus): what we copied ourselves is still in memory.
        }
      }
      return memory.readText();
    },
    async writeText(text) {
      await memory.writeText(text);
      try {
        await system()?.writeText(text);
      } catch {
        // Writing refused: the memory copy serves pastes inside this designer.
      }
    },
  };
}

/** What a clipboard action did, in a sentence when the user should be told. */
export type ClipboardOutcome = { ok: true; ids: string[] } | { ok: false; message: string };

const nothingSelected = (store: DesignerStore): ClipboardOutcome => ({
  ok: false,
  message: store.getState().language.t('io.clipboard.nothingSelected'),
});

/**
 * The lane a paste goes to: a selected status, else the lane of the first selected card. Undefined
 * when nothing is selected, so each pasted node returns to its own lane.
 */
export function selectedLane(flow: Flow, selection: readonly string[]): StatusId | undefined {
  for (const id of selection) {
    const status = flow.statuses.find((s) => s.id === id);
    if (status) return status.id;
    const node = flow.robots.find((r) => r.id === id) ?? flow.triggers.find((t) => t.id === id);
    if (node) return node.status;
  }
  return undefined;
}

/** Copy, cut, paste and duplicate over one store; each edit is one dispatch, so one undo step. */
export function createClipboardActions(store: DesignerStore, clipboard: ClipboardAccess = systemClipboard()) {
  const pasteInto = (text: string, targetStatus: StatusId | undefined): ClipboardOutcome => {
    const { flow, dispatch, select, language } = store.getState();
    const paste = pasteText(flow, text, { targetStatus }, language);
    if (!paste.ok) return { ok: false, message: paste.error };
    const result = dispatch(paste.command);
    if (!result.ok)
      return { ok: false, message: language.t('io.clipboard.refused', { reason: result.reason }) };
    select(paste.ids);
    return { ok: true, ids: paste.ids };
  };

  /** Puts the selected robots and triggers on the clipboard as JSON. */
  const copy = async (): Promise<ClipboardOutcome> => {
    const { flow, selection } = store.getState();
    const doc = copySelection(flow, selection);
    if (!doc) return nothingSelected(store);
    await clipboard.writeText(serializeClipboard(doc));
    return { ok: true, ids: [...doc.robots.map((r) => r.id), ...doc.triggers.map((t) => t.id)] };
  };

  return {
    copy,
    /** Copies, then deletes the selection in one undo step. */
    async cut(): Promise<ClipboardOutcome> {
      const copied = await copy();
      if (!copied.ok) return copied;
      const { flow, dispatch, clearSelection } = store.getState();
      const command = deleteSelectionCommand(flow, copied.ids);
      if (command) dispatch(command);
      clearSelection();
      return copied;
    },
    /** Pastes the clipboard into the selected lane; invalid content leaves the design untouched. */
    async paste(): Promise<ClipboardOutcome> {
      let text: string;
      try {
        text = await clipboard.readText();
      } catch {
        return { ok: false, message: store.getState().language.t('io.clipboard.blocked') };
      }
      const { flow, selection } = store.getState();
      return pasteInto(text, selectedLane(flow, selection));
    },
    /** Copies of the selection next to the originals, leaving the clipboard alone (as Ctrl+D does elsewhere). */
    duplicate(): ClipboardOutcome {
      const { flow, selection } = store.getState();
      const doc = copySelection(flow, selection);
      if (!doc) return nothingSelected(store);
      return pasteInto(serializeClipboard(doc), undefined);
    },
  };
}

export type ClipboardActions = ReturnType<typeof createClipboardActions>;
