import type { Patch } from 'immer';
import type { Command, CommandResult } from '../domain/commands';
import type { Flow } from '../domain/flow';

export type Viewport = { x: number; y: number; zoom: number };

/** One undo step: what redoes it and what undoes it. */
export interface HistoryEntry {
  label: Command['type'];
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * Whether a document change becomes an undo step (ARCHITECTURE habit 4). `ignore` is for changes the
 * user would not expect to undo one by one, e.g. the intermediate steps of a gesture.
 */
export type Capture = 'record' | 'ignore';

export interface DocumentSlice {
  flow: Flow;
  /** The last refused command's reason, for the UI to show; cleared by the next accepted command. */
  lastRefusal: { code: string; reason: string } | null;
  /** The ONLY writer of the document. */
  dispatch(command: Command, options?: { capture?: Capture }): CommandResult;
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  undo(): boolean;
  redo(): boolean;
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
  | { state: 'ready'; counts: { employees: number; mailboxes: number; numbers: number } }
  | { state: 'error'; message: string };

/** View state: never recorded in history; the viewport is saved alongside the flow. */
export interface UiSlice {
  viewport: Viewport | null;
  setViewport(viewport: Viewport): void;
  theme: 'light' | 'dark';
  setTheme(theme: 'light' | 'dark'): void;
  reference: ReferenceState;
  setReference(reference: ReferenceState): void;
}

export type DesignerState = DocumentSlice & HistorySlice & SelectionSlice & UiSlice;
