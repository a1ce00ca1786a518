import type { Translator } from '../i18n/translator';
import type { Patch } from 'immer';
import type { Command, CommandResult } from '../domain/commands';
import type { Flow } from '../domain/flow';
import type { Environment } from '../domain/scenario';
import type { SimulationSlice } from './simulation';

export type Viewport = { x: number; y: number; zoom: number };

/** One undo step: what redoes it and what undoes it, and what it did in words. */
export interface HistoryEntry {
  label: Command['type'] | 'revert';
  /** "add Send SMS to Paid": what undo and redo say and the History list shows (describeCommand). */
  description: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Set when later commands of the same key may still be squashed into this step (see dispatch). */
  mergeKey?: string;
  /**
   * The flow objects before and after the step, in this page only (never stored): undo and redo
   * land on the very object the design was, so every cache keyed by it (graph, lint, names) still
   * holds, and a large design is not patched and cloned again (see travel in slices.ts).
   */
  before?: Flow;
  after?: Flow;
}

/**
 * Whether a document change becomes an undo step (ARCHITECTURE habit 4). `ignore` is for changes the
 * user would not expect to undo one by one, e.g. the intermediate steps of a gesture.
 */
export type Capture = 'record' | 'ignore';

export interface DispatchOptions {
  capture?: Capture;
  /**
   * Squash policy: a command with the same `merge` key as the previous undo step joins that step
   * instead of making a new one, until `mark()` closes it. A burst of typing in one field, or a run
   * of arrow-key nudges of one card, is then one undo step (tldraw's marks, excalidraw's capture).
   */
  merge?: string;
  /** Words for the undo step when the caller knows better than the command ("import Orders.json"). */
  describe?: string;
}

export interface DocumentSlice {
  flow: Flow;
  /** The last refused command's reason, for the UI to show; cleared by the next accepted command. */
  lastRefusal: { code: string; reason: string } | null;
  /** The ONLY writer of the document. */
  dispatch(command: Command, options?: DispatchOptions): CommandResult;
  /** The flow as last written to the browser: what "revert" returns to and "dirty" compares with. */
  savedFlow: Flow;
  /** Why the last save failed (storage full or blocked); null when it worked. */
  saveError: string | null;
  markSaved(flow: Flow): void;
  markSaveFailed(message: string): void;
  /** Replaces the document with the saved version, as one undo step (so a revert can be undone). */
  revertToSaved(): boolean;
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** The merge key the last step still accepts, or null once a mark closed it. */
  openMerge: string | null;
  undo(): boolean;
  redo(): boolean;
  /**
   * Undoes or redoes until `count` steps are done (the History list's "go back to here"): 0 undoes
   * everything kept, `past.length + future.length` redoes everything. Says what it did, like undo.
   */
  goTo(count: number): boolean;
  /** Takes over steps kept from before a reload (sessionHistory.ts); they apply to the current flow. */
  restoreHistory(past: HistoryEntry[], future: HistoryEntry[]): void;
  /** Ends the current squash: the next command starts a new undo step whatever its merge key. */
  mark(): void;
}

/** Never recorded in history: selecting is not editing. */
export interface SelectionSlice {
  selection: string[];
  select(ids: string[]): void;
  clearSelection(): void;
}

export type ReferenceState =
  | { state: 'idle' }
  | { state: 'loading' }
  | {
      state: 'ready';
      counts: { employees: number; mailboxes: number; numbers: number };
      /** The backend's lists with the built-in defaults filled in for what it did not send. */
      environment: Environment;
    }
  | { state: 'error'; message: string };

/** View state: never recorded in history; the viewport is saved alongside the flow. */
export interface UiSlice {
  viewport: Viewport | null;
  setViewport(viewport: Viewport): void;
  /** Why this design cannot be edited at all (a shared link before it is copied); null when it can. */
  readOnly: string | null;
  theme: 'light' | 'dark';
  setTheme(theme: 'light' | 'dark'): void;
  reference: ReferenceState;
  setReference(reference: ReferenceState): void;
  /** Whether the problems panel under the canvas is open. */
  problemsOpen: boolean;
  setProblemsOpen(open: boolean): void;
  /** Short messages for the user (a refused connection, edges removed by a move); newest last. */
  toasts: Toast[];
  notify(message: string, tone?: Toast['tone']): void;
  dismissToast(id: number): void;
  /**
   * The designer's language, for what the store itself writes: undo descriptions (kept in the
   * language they were made in) and the "Undone: …" messages. English until the app sets it.
   */
  language: Translator;
  setLanguage(translator: Translator): void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
}

export type DesignerState = DocumentSlice & HistorySlice & SelectionSlice & UiSlice & SimulationSlice;
