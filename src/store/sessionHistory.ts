import { freeze } from 'immer';
import type { Flow } from '../domain/flow';
import type { DesignerStore } from './createDesignerStore';
import type { PageEvents } from './persistence';
import { quietTask } from './quietTask';
import type { DesignerState, HistoryEntry } from './types';

/** Per flow and per tab: sessionStorage is the tab's own, so two tabs never share (or mix) steps. */
export const HISTORY_KEY_PREFIX = 'orderflow.history.v1:';
export const historyStorageKey = (flowId: string) => `${HISTORY_KEY_PREFIX}${flowId}`;

/** Steps kept across a reload: the recent ones the History list shows, not a whole working day. */
export const SESSION_HISTORY_STEPS = 50;
/** Characters the kept steps may take; the oldest go first (sessionStorage has a few MB per origin). */
export const SESSION_HISTORY_CHARS = 1_000_000;

interface KeptHistory {
  /** Which document the patches apply to: a fingerprint of the flow when the steps were written. */
  fingerprint: string;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** FNV-1a over a text, twice with different seeds: a short stamp, not a security measure. */
function stamp(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  return `${text.length}:${a.toString(36)}:${b.toString(36)}`;
}

/*
 * Stamps of objects and arrays, kept per object: the document is immutable and every edit shares
 * what it left alone, so after a keystroke only the edited robot, the robots list and the root are
 * stamped again, not the thousands of others (hashing the whole design as text took ~35 ms a
 * keystroke on a 5,000-robot design). Only frozen objects are remembered (immer freezes every
 * version it makes, shared parts included): an object that can still change must be read anew.
 */
const stamps = new WeakMap<object, string>();

/** A stamp of the value as JSON with sorted keys: the same flow stamps the same however it was built. */
function digest(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const known = stamps.get(value);
  if (known !== undefined) return known;
  const text = Array.isArray(value)
    ? `[${value.map(digest).join(',')}]`
    : `{${Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${JSON.stringify(k)}:${digest(v)}`)
        .join(',')}}`;
  const result = stamp(text);
  if (Object.isFrozen(value)) stamps.set(value, result);
  return result;
}

/**
 * The flow as the patches see it. The viewport is left out: it is saved with the browser copy but
 * never recorded in history, so a pan must not make the kept steps look foreign.
 */
export function flowFingerprint(flow: Flow): string {
  const { layout, ...rest } = flow;
  return digest({ ...rest, layout: { ...layout, viewport: undefined } });
}

function isEntry(value: unknown): value is HistoryEntry {
  const e = value as HistoryEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.label === 'string' &&
    typeof e.description === 'string' &&
    Array.isArray(e.patches) &&
    Array.isArray(e.inversePatches)
  );
}

function readKept(storage: Pick<Storage, 'getItem'>, flowId: string): KeptHistory | null {
  try {
    const text = storage.getItem(historyStorageKey(flowId));
    if (text === null) return null;
    const kept = JSON.parse(text) as KeptHistory;
    if (typeof kept.fingerprint !== 'string' || !Array.isArray(kept.past) || !Array.isArray(kept.future))
      return null;
    if (!kept.past.every(isEntry) || !kept.future.every(isEntry)) return null;
    return kept;
  } catch {
    return null;
  }
}

/** The newest steps that fit the size bound; undo goes back only as far as what was kept. */
function bounded(past: HistoryEntry[], future: HistoryEntry[], fingerprint: string): string | null {
  // The merge key is about the open edit of the page that wrote it; after a reload nothing is open.
  const strip = (e: HistoryEntry): HistoryEntry => ({
    label: e.label,
    description: e.description,
    patches: e.patches,
    inversePatches: e.inversePatches,
  });
  let kept = past.slice(-SESSION_HISTORY_STEPS).map(strip);
  const ahead = future.slice(-SESSION_HISTORY_STEPS).map(strip);
  for (;;) {
    const text = JSON.stringify({ fingerprint, past: kept, future: ahead });
    if (text.length <= SESSION_HISTORY_CHARS) return text;
    // Too big even with nothing to undo (one huge redo step): keep nothing rather than a broken half.
    if (kept.length === 0) return null;
    kept = kept.slice(Math.ceil(kept.length / 4));
  }
}

/**
 * How long after the last step the history is written (then in the browser's idle time). Writing
 * it is synchronous and, for a large design, ~35 ms (5,000 robots): at each step that was time
 * taken from every keystroke and every undo. A reload hides the page first, and hiding or leaving
 * the page writes what is pending.
 */
export const SESSION_HISTORY_DELAY_MS = 2000;

/**
 * Keeps the undo history of the open flow in the tab's sessionStorage and brings it back after a
 * reload, so "You can undo this" holds across one. The steps are taken back only when the reloaded
 * flow is exactly the one they were written against (same fingerprint); otherwise they are dropped.
 * With `page`, writes wait for a pause in the steps (SESSION_HISTORY_DELAY_MS) and are made at once
 * when the page is hidden or left; without it, at each step. Returns the function that stops keeping.
 */
export function keepHistoryInSession(
  store: DesignerStore,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  page?: Pick<PageEvents, 'addEventListener' | 'removeEventListener'>,
): () => void {
  const { flow } = store.getState();
  const kept = readKept(storage, flow.id);
  if (kept && kept.fingerprint === flowFingerprint(flow))
    store.getState().restoreHistory(kept.past, kept.future);

  const write = ({ flow: now, past, future }: Pick<DesignerState, 'flow' | 'past' | 'future'>) => {
    try {
      if (past.length === 0 && future.length === 0) {
        storage.removeItem(historyStorageKey(now.id));
        return;
      }
      const text = bounded(past, future, flowFingerprint(now));
      if (text === null) storage.removeItem(historyStorageKey(now.id));
      else storage.setItem(historyStorageKey(now.id), text);
    } catch {
      // Storage full or blocked: undo still works in this page, it just will not outlive a reload.
    }
  };
  const later = quietTask(() => write(store.getState()));
  const { flush } = later;
  const stop = store.subscribe((state, previous) => {
    if (state.flow.id !== previous.flow.id) {
      // Another design opened: the last steps of the one left are written for it, then its own.
      if (later.pending()) write(previous);
      later.cancel();
      write(state);
    } else if (state.past !== previous.past || state.future !== previous.future) {
      if (!page) return write(state);
      later.schedule(SESSION_HISTORY_DELAY_MS, true);
    }
  });
  // visibilitychange is fired at the document and bubbles to the window.
  page?.addEventListener('pagehide', flush);
  page?.addEventListener('beforeunload', flush);
  page?.addEventListener('visibilitychange', flush);
  const warming = warmUpLarge(store);
  return () => {
    stop();
    flush();
    page?.removeEventListener('pagehide', flush);
    page?.removeEventListener('beforeunload', flush);
    page?.removeEventListener('visibilitychange', flush);
    warming.cancel();
  };
}

/** Above this many robots and triggers, the design is stamped ahead of its first edit. */
const WARM_UP_ABOVE = 1000;

/*
 * The first edit of a design stamps all of it (~50 ms for 5,000 robots, on top of the keystroke).
 * For a large design that is done while the page is idle after loading instead: the loaded design
 * is frozen, as immer freezes every version it makes (so its stamps are remembered), and stamped.
 */
function warmUpLarge(store: DesignerStore): { cancel: () => void } {
  const { flow } = store.getState();
  if (flow.robots.length + flow.triggers.length <= WARM_UP_ABOVE) return { cancel: () => {} };
  const warm = () => {
    const now = store.getState().flow;
    freeze(now, true);
    flowFingerprint(now);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(warm, { timeout: 5000 });
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const handle = setTimeout(warm, 1000);
  return { cancel: () => clearTimeout(handle) };
}
