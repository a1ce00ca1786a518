import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Flow } from '../domain/flow';
import type { DesignerStore } from './createDesignerStore';

/** The server revision the open design descends from; `flow` is the design as it was then. */
export interface ServerLink {
  flowId: string;
  revision: number;
  /** The design when it matched that revision (null when it has changed since, or is unknown). */
  flow: Flow | null;
}

/** Why the last contact with the server did not leave the design on it. */
export type ServerNote = 'offline' | 'unreachable' | 'newer' | null;

/** Another tab stored a newer version of the open design. */
export interface OtherTabCopy {
  flow: Flow;
  savedAt: string;
}

export type OtherTabChoice = 'load-theirs' | 'keep-mine';

/**
 * What the designer knows about the copies of its design outside its memory: the browser copy
 * other tabs may also write, and the server revision. Not part of the document (never undone), so
 * kept beside the designer store and keyed by it, like the integration state.
 */
export interface BrowserCopyState {
  otherTab: OtherTabCopy | null;
  /** Set by the autosave that watches the other tabs; does nothing without one. */
  resolveOtherTab(choice: OtherTabChoice): void;
  server: ServerLink | null;
  serverNote: ServerNote;
  setServer(server: ServerLink | null, note?: ServerNote): void;
  setServerNote(note: ServerNote): void;
}

const states = new WeakMap<DesignerStore, StoreApi<BrowserCopyState>>();

export function browserCopyOf(store: DesignerStore): StoreApi<BrowserCopyState> {
  let state = states.get(store);
  if (!state) {
    state = createStore<BrowserCopyState>((set) => ({
      otherTab: null,
      resolveOtherTab: () => undefined,
      server: null,
      serverNote: null,
      setServer: (server, note = null) => set({ server, serverNote: note }),
      setServerNote: (serverNote) => set({ serverNote }),
    }));
    states.set(store, state);
  }
  return state;
}

/** The link when it is about the flow open now. */
export function serverLinkFor(state: BrowserCopyState, flowId: string): ServerLink | null {
  return state.server?.flowId === flowId ? state.server : null;
}
