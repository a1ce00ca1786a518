import { DEFAULT_FLOW } from '../domain/samples/defaultFlow';
import { flowSchema } from '../domain/flow';
import type { Flow } from '../domain/flow';
import type { DesignerStore } from './createDesignerStore';

/** Where the browser keeps the design; versioned so a future format can migrate from it. */
export const FLOW_STORAGE_KEY = 'orderflow.flow.v1';
export const AUTOSAVE_DELAY_MS = 500;

export type LoadedFlow = { flow: Flow; source: 'saved' | 'default'; problem?: string };

/**
 * The flow to open: the one saved in the browser when it is valid, else the embedded default. A saved
 * design that no longer validates is not thrown away silently: the reason is returned for the UI.
 */
export function loadSavedFlow(storage: Pick<Storage, 'getItem'> | undefined): LoadedFlow {
  let text: string | null = null;
  try {
    text = storage?.getItem(FLOW_STORAGE_KEY) ?? null;
  } catch {
    // Storage may be blocked (private mode, policies): behave as if nothing was saved.
  }
  if (text === null) return { flow: DEFAULT_FLOW, source: 'default' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { flow: DEFAULT_FLOW, source: 'default', problem: 'The saved design is not valid JSON.' };
  }
  const parsed = flowSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'document';
    return { flow: DEFAULT_FLOW, source: 'default', problem: `The saved design is invalid at ${where}.` };
  }
  return { flow: parsed.data, source: 'saved' };
}

/** The document as saved: the flow with the current viewport in its layout (outside history). */
export function snapshotForSave(store: DesignerStore): Flow {
  const { flow, viewport } = store.getState();
  if (!viewport) return flow;
  return { ...flow, layout: { ...flow.layout, viewport } };
}

export interface Autosave {
  /** Writes a pending change now (the page is being hidden or closed). */
  flush(): void;
  /** True while a change waits for the debounce. */
  pending(): boolean;
  /** Stops autosaving, flushing a pending change first. */
  stop(): void;
}

/**
 * Saves the flow (and viewport) whenever they change, debounced so a drag or a pan writes once.
 */
export function attachAutosave(
  store: DesignerStore,
  storage: Pick<Storage, 'setItem'>,
  delayMs = AUTOSAVE_DELAY_MS,
): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const flow = store.getState().flow;
    try {
      storage.setItem(FLOW_STORAGE_KEY, JSON.stringify(snapshotForSave(store)));
      store.getState().markSaved(flow);
    } catch (error) {
      // A full or blocked storage must not break editing; the design stays in memory, the top bar
      // keeps saying "Unsaved changes" and the leave-page guard stays armed.
      console.warn('Orderflow: could not save the design in this browser.', error);
      store.getState().markSaveFailed(error instanceof Error ? error.message : String(error));
    }
  };
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    save();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // savedFlow changes only because of a save (or a revert to it): never a reason to save again.
    if (state.flow === previous.flow && state.viewport === previous.viewport) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  return {
    flush,
    pending: () => timer !== undefined,
    stop() {
      unsubscribe();
      flush();
    },
  };
}
