import { z } from 'zod';
import { DEFAULT_FLOW } from '../domain/samples/defaultFlow';
import type { Flow } from '../domain/flow';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { FLOW_KIND, loadDocumentValue } from '../io';
import { browserCopyOf, serverLinkFor } from './browserCopy';
import type { OtherTabChoice, ServerLink } from './browserCopy';
import type { DesignerStore } from './createDesignerStore';
import { decideIncoming, decideWrite } from './crossTab';
import type { CopyStamp } from './crossTab';
import { quietTask } from './quietTask';
import type { Viewport } from './types';

/** Where the first versions kept the one design (a bare flow); still read when nothing newer is. */
export const FLOW_STORAGE_KEY = 'orderflow.flow.v1';
/**
 * One browser copy per flow id (so two tabs with different flows never overwrite each other), and
 * which of them was written last: the design to open.
 */
export const DESIGN_KEY_PREFIX = 'orderflow.design.v2:';
export const OPEN_DESIGN_KEY = 'orderflow.design.v2.open';
export const AUTOSAVE_DELAY_MS = 500;
/**
 * A save that held the page this long — a large design: both JSON and the browser's storage are
 * synchronous, and a 900 KB copy takes ~115 ms — is a freeze the user feels if it lands on their
 * next keystroke or undo. Once a save has taken that long, the next ones wait for
 * SLOW_AUTOSAVE_DELAY_MS without changes and then for the browser's idle time. Closing or hiding
 * the page still writes at once.
 */
export const SLOW_SAVE_MS = 50;
export const SLOW_AUTOSAVE_DELAY_MS = 2000;
/**
 * A design with this many robots and triggers is taken for a slow save before its first write has
 * shown it: ~2,000 cards make a copy of ~400 KB, which holds the page about SLOW_SAVE_MS. Without
 * this, the first edit after opening a large design (a drag) was written 500 ms later, on top of
 * whatever the user did next (an undo).
 */
export const SLOW_SAVE_CARDS = 2000;

export const designStorageKey = (flowId: string) => `${DESIGN_KEY_PREFIX}${flowId}`;
/**
 * Where the view of a design was left, apart from the design: panning a 5,000-robot design then
 * writes a few bytes instead of its whole 1.5 MB copy (a pause of tens of milliseconds each time
 * the view stops). When present it is the newer view; full saves keep it current.
 */
export const VIEWPORT_KEY_PREFIX = 'orderflow.viewport.v1:';
export const viewportStorageKey = (flowId: string) => `${VIEWPORT_KEY_PREFIX}${flowId}`;

function readViewport(storage: Readable | undefined, flowId: string): Viewport | null {
  const text = read(storage, viewportStorageKey(flowId));
  if (text === null) return null;
  try {
    const { x, y, zoom } = JSON.parse(text) as Partial<Viewport>;
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    return finite(x) && finite(y) && finite(zoom) && zoom > 0 ? { x, y, zoom } : null;
  } catch {
    return null;
  }
}

const withViewport = (flow: Flow, viewport: Viewport | null): Flow =>
  viewport ? { ...flow, layout: { ...flow.layout, viewport } } : flow;

/**
 * A browser copy: the design, its cross-tab stamp and the server revision it descends from. The
 * design is checked apart, through the document loader (migrate, then validate), so a copy written
 * before a format change opens upgraded instead of being replaced by the default.
 */
const browserRecordSchema = z.object({
  flow: z.unknown(),
  version: z.number().int().nonnegative(),
  tabId: z.string(),
  savedAt: z.string(),
  serverRevision: z.number().int().nullable(),
  changedSinceServer: z.boolean(),
});
export type BrowserRecord = Omit<z.infer<typeof browserRecordSchema>, 'flow'> & { flow: Flow };

export type LoadedFlow = { flow: Flow; source: 'saved' | 'default'; problem?: string };

type Readable = Pick<Storage, 'getItem'>;

function read(storage: Readable | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    // Storage may be blocked (private mode, policies): behave as if nothing was saved.
    return null;
  }
}

const whereInvalid = (error: z.ZodError) => error.issues[0]?.path.join('.') || 'document';

/**
 * A stored design through the document loader: the flow, upgraded if it is older, or why not (with
 * where it breaks, for whoever repairs the stored copy).
 */
function loadStoredDesign(value: unknown, translator: Translator): { flow: Flow } | { problem: string } {
  const loaded = loadDocumentValue(value, FLOW_KIND, translator);
  if (loaded.ok) return { flow: loaded.value };
  const first = loaded.errors[0];
  return {
    problem: translator.t('io.saved.invalid', {
      path: first?.path ?? '$',
      reason: first?.message ?? translator.t('io.saved.unknown'),
    }),
  };
}

/** A stored record, or why it cannot be used. */
function parseRecord(
  text: string,
  translator: Translator = englishTranslator,
): { record: BrowserRecord } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: translator.t('io.saved.notJson') };
  }
  const parsed = browserRecordSchema.safeParse(data);
  if (!parsed.success)
    return { problem: translator.t('io.saved.invalidRecord', { path: whereInvalid(parsed.error) }) };
  const design = loadStoredDesign(parsed.data.flow, translator);
  return 'flow' in design ? { record: { ...parsed.data, flow: design.flow } } : design;
}

/**
 * A record as stored: its stamp first, then the flow. Autosave reads the stamp before every write
 * (has another tab written meanwhile?), and with the stamp in front that is a look at the first
 * characters instead of parsing a 1.5 MB design.
 */
const recordText = (record: BrowserRecord): string => {
  const { flow, ...stamp } = record;
  return JSON.stringify({ ...stamp, flow });
};
const STAMP_IN_FRONT = /^\{"version":(\d+),"tabId":("(?:[^"\\]|\\.)*")/;

/** Only who wrote it and which version: what the cross-tab decisions need, without validating the flow. */
function parseStamp(text: string | null): CopyStamp | null {
  if (text === null) return null;
  const front = STAMP_IN_FRONT.exec(text);
  if (front) return { version: Number(front[1]), tabId: JSON.parse(front[2]!) as string };
  // Written by an earlier version, with the flow first.
  try {
    const data = JSON.parse(text) as Partial<CopyStamp>;
    return typeof data.version === 'number' && typeof data.tabId === 'string'
      ? { version: data.version, tabId: data.tabId }
      : null;
  } catch {
    return null;
  }
}

/** The stored copy of one flow, if there is a readable one. */
export function readBrowserRecord(storage: Readable | undefined, flowId: string): BrowserRecord | null {
  const text = read(storage, designStorageKey(flowId));
  if (text === null) return null;
  const parsed = parseRecord(text);
  return 'record' in parsed ? parsed.record : null;
}

/** The pre-v2 storage: a bare flow under FLOW_STORAGE_KEY. */
function loadLegacyFlow(storage: Readable | undefined, fallback: Flow, translator: Translator): LoadedFlow {
  const text = read(storage, FLOW_STORAGE_KEY);
  if (text === null) return { flow: fallback, source: 'default' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { flow: fallback, source: 'default', problem: translator.t('io.saved.notJson') };
  }
  const design = loadStoredDesign(data, translator);
  if ('problem' in design) return { flow: fallback, source: 'default', problem: design.problem };
  return { flow: design.flow, source: 'saved' };
}

/**
 * The flow to open: the design saved last in this browser when it is valid, else the embedded
 * default (`fallback`: the default design of the language the designer starts in, see
 * defaultFlowFor). A saved design is opened as it is, whatever the language. One that no longer
 * validates is not thrown away silently: the reason is returned for the UI (and the broken copy
 * stays in storage until the open design replaces it).
 */
export function loadSavedFlow(
  storage: Readable | undefined,
  fallback: Flow = DEFAULT_FLOW,
  translator: Translator = englishTranslator,
): LoadedFlow {
  const loaded = loadStoredFlow(storage, fallback, translator);
  if (loaded.problem !== undefined) return loaded;
  // The view where it was left, kept apart from the design (also for the untouched default).
  const viewport = readViewport(storage, loaded.flow.id);
  return viewport ? { ...loaded, flow: withViewport(loaded.flow, viewport) } : loaded;
}

function loadStoredFlow(storage: Readable | undefined, fallback: Flow, translator: Translator): LoadedFlow {
  const openId = read(storage, OPEN_DESIGN_KEY);
  if (openId === null) return loadLegacyFlow(storage, fallback, translator);
  const text = read(storage, designStorageKey(openId));
  if (text === null) return loadLegacyFlow(storage, fallback, translator);
  const parsed = parseRecord(text, translator);
  if ('problem' in parsed) return { flow: fallback, source: 'default', problem: parsed.problem };
  return { flow: parsed.record.flow, source: 'saved' };
}

/** The document as saved: the flow with the current viewport in its layout (outside history). */
export function snapshotForSave(store: DesignerStore): Flow {
  const { flow, viewport } = store.getState();
  return withViewport(flow, viewport);
}

export interface Autosave {
  /** Writes a pending change now (the page is being hidden or closed). */
  flush(): void;
  /** True while a change waits for the debounce. */
  pending(): boolean;
  /** Another tab wrote `key` (what the `storage` event reports); exposed for tests. */
  receive(key: string | null, newValue: string | null): void;
  /** Stops autosaving, flushing a pending change first. */
  stop(): void;
}

/** The page events the autosave listens to (the window, in the app). */
export interface PageEvents {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  document?: PageEvents & { visibilityState: string };
}

export interface AutosaveOptions {
  delayMs?: number;
  /** This tab's id in the records it writes; a fresh random one by default. */
  tabId?: string;
  /** Flush on pagehide, beforeunload and hiding; hear other tabs' writes (`storage`). */
  page?: PageEvents;
  now?: () => Date;
  /** Milliseconds for timing a save (performance.now by default). */
  clock?: () => number;
}

const randomTabId = () =>
  globalThis.crypto?.randomUUID?.() ?? `tab-${Math.random().toString(36).slice(2)}-${Date.now()}`;

/**
 * Saves the flow (and viewport) in the browser whenever they change, debounced so a drag or a pan
 * writes once; flushed when the page is hidden or closed. Another tab's newer copy of the same flow
 * is never overwritten silently: this tab stops writing and says so (browserCopyOf(store).otherTab)
 * until its user chooses to load that version or to keep theirs as the newer one.
 */
export function attachAutosave(
  store: DesignerStore,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  delayOrOptions: number | AutosaveOptions = {},
): Autosave {
  const options = typeof delayOrOptions === 'number' ? { delayMs: delayOrOptions } : delayOrOptions;
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const tabId = options.tabId ?? randomTabId();
  const now = options.now ?? (() => new Date());
  const clock = options.clock ?? (() => performance.now());
  const copy = browserCopyOf(store);

  /** How long the last full write held the page. */
  let lastWriteMs = 0;
  /** The flow id this tab's bookkeeping is about, and the version of the copy it is based on. */
  let flowId = '';
  let baseVersion = 0;
  /** The flow's view is stored apart (see VIEWPORT_KEY_PREFIX), so full saves must keep it current. */
  let viewportStoredApart = false;
  /** What this tab last wrote (or adopted): a later write of the same things is not needed. */
  let written: { flow: Flow | null; viewport: Viewport | null; server: ServerLink | null } = {
    flow: null,
    viewport: null,
    server: null,
  };

  /** Starts tracking a flow: the one loaded at start, or one the user opened in this tab. */
  const track = (flow: Flow, adoptStored: boolean) => {
    flowId = flow.id;
    lastWriteMs = flow.robots.length + flow.triggers.length >= SLOW_SAVE_CARDS ? SLOW_SAVE_MS : 0;
    viewportStoredApart = read(storage, viewportStorageKey(flow.id)) !== null;
    const record = readBrowserRecord(storage, flow.id);
    baseVersion = record?.version ?? parseStamp(read(storage, designStorageKey(flow.id)))?.version ?? 0;
    // The design as loaded is what is stored (or, with nothing stored yet, what every tab opens):
    // writing it again, e.g. with the first viewport, is not a new version for the other tabs.
    written = { flow: adoptStored ? flow : null, viewport: null, server: null };
    copy.setState({ otherTab: null });
    if (adoptStored && record && record.serverRevision !== null) {
      const server = {
        flowId: flow.id,
        revision: record.serverRevision,
        flow: record.changedSinceServer ? null : flow,
      };
      copy.getState().setServer(server);
      written.server = server;
    }
  };

  const tellAboutOtherTab = () => {
    const theirs = readBrowserRecord(storage, flowId);
    if (theirs) copy.setState({ otherTab: { flow: theirs.flow, savedAt: theirs.savedAt } });
  };

  const save = () => {
    const state = store.getState();
    const flow = state.flow;
    if (flow.id !== flowId) track(flow, false);
    // Waiting for the user's choice about another tab's version: their copy stays as it is.
    if (copy.getState().otherTab) return;
    const server = serverLinkFor(copy.getState(), flow.id);
    const unchanged =
      flow === written.flow && state.viewport === written.viewport && server === written.server;
    if (unchanged) {
      state.markSaved(flow);
      return;
    }
    if (flow === written.flow && server === written.server && state.viewport) {
      saveViewport(state.viewport, flow);
      return;
    }
    try {
      const stored = parseStamp(storage.getItem(designStorageKey(flow.id)));
      const decision = decideWrite(stored, { tabId, baseVersion }, flow !== written.flow);
      if (decision.kind === 'refuse') {
        tellAboutOtherTab();
        return;
      }
      const record: BrowserRecord = {
        flow: snapshotForSave(store),
        version: decision.version,
        tabId,
        savedAt: now().toISOString(),
        serverRevision: server?.revision ?? null,
        changedSinceServer: !server || server.flow !== flow,
      };
      const started = clock();
      storage.setItem(designStorageKey(flow.id), recordText(record));
      lastWriteMs = clock() - started;
      if (viewportStoredApart && state.viewport)
        storage.setItem(viewportStorageKey(flow.id), JSON.stringify(state.viewport));
      if (storage.getItem(OPEN_DESIGN_KEY) !== flow.id) storage.setItem(OPEN_DESIGN_KEY, flow.id);
      baseVersion = decision.version;
      written = { flow, viewport: state.viewport, server };
      state.markSaved(flow);
    } catch (error) {
      // A full or blocked storage must not break editing; the design stays in memory, the top bar
      // keeps saying "Unsaved changes" and the leave-page guard stays armed.
      console.warn('Orderflow: could not save the design in this browser.', error);
      state.markSaveFailed(error instanceof Error ? error.message : String(error));
    }
  };

  /** Only the view moved: a few bytes under its own key, not the whole design. */
  const saveViewport = (viewport: Viewport, flow: Flow) => {
    try {
      storage.setItem(viewportStorageKey(flow.id), JSON.stringify(viewport));
      viewportStoredApart = true;
      written = { ...written, viewport };
      store.getState().markSaved(flow);
    } catch (error) {
      console.warn('Orderflow: could not save the view in this browser.', error);
      store.getState().markSaveFailed(error instanceof Error ? error.message : String(error));
    }
  };

  const later = quietTask(save);
  const schedule = () =>
    lastWriteMs >= SLOW_SAVE_MS ? later.schedule(SLOW_AUTOSAVE_DELAY_MS, true) : later.schedule(delayMs);
  const { flush } = later;

  const resolveOtherTab = (choice: OtherTabChoice) => {
    const theirs = readBrowserRecord(storage, flowId);
    if (!theirs) {
      copy.setState({ otherTab: null });
      return;
    }
    if (choice === 'keep-mine') {
      // Mine becomes the newest version; the other tab hears of it in turn.
      baseVersion = theirs.version;
      written = { ...written, flow: null };
      copy.setState({ otherTab: null });
      later.cancel();
      save();
      store.getState().notify(store.getState().language.t('io.otherTab.keptMine'));
      return;
    }
    const result = store.getState().dispatch({ type: 'flow.replace', flow: theirs.flow });
    if (!result.ok) {
      store.getState().notify(result.reason, 'error');
      return;
    }
    const flow = store.getState().flow;
    baseVersion = theirs.version;
    const server: ServerLink | null =
      theirs.serverRevision === null
        ? null
        : { flowId: flow.id, revision: theirs.serverRevision, flow: theirs.changedSinceServer ? null : flow };
    copy.getState().setServer(server);
    written = { flow, viewport: store.getState().viewport, server };
    copy.setState({ otherTab: null });
    store.getState().markSaved(flow);
    store.getState().notify(store.getState().language.t('io.otherTab.loadedTheirs'));
  };
  copy.setState({ resolveOtherTab });

  const receive = (key: string | null, newValue: string | null) => {
    if (key !== designStorageKey(flowId)) return;
    if (decideIncoming(parseStamp(newValue), { tabId, baseVersion }) === 'tell') tellAboutOtherTab();
  };

  track(store.getState().flow, true);
  const unsubscribe = store.subscribe((state, previous) => {
    // savedFlow changes only because of a save (or a revert to it): never a reason to save again.
    if (state.flow === previous.flow && state.viewport === previous.viewport) return;
    schedule();
  });
  const unsubscribeCopy = copy.subscribe((state, previous) => {
    if (state.server !== previous.server) schedule();
  });

  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    receive(key, newValue);
  };
  const onHidden = () => {
    if (options.page?.document?.visibilityState === 'hidden') flush();
  };
  const page = options.page;
  page?.addEventListener('storage', onStorage);
  page?.addEventListener('pagehide', flush);
  page?.addEventListener('beforeunload', flush);
  page?.document?.addEventListener('visibilitychange', onHidden);

  return {
    flush,
    pending: later.pending,
    receive,
    stop() {
      unsubscribe();
      unsubscribeCopy();
      page?.removeEventListener('storage', onStorage);
      page?.removeEventListener('pagehide', flush);
      page?.removeEventListener('beforeunload', flush);
      page?.document?.removeEventListener('visibilitychange', onHidden);
      copy.setState({ resolveOtherTab: () => undefined });
      flush();
    },
  };
}
