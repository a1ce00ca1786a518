import { createElement, lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { loadLaterMessages } from '../i18n/later';

export type LazyPart<P> = ComponentType<P> & {
  /** Starts loading the code (once); resolves when it is there. */
  preload(): Promise<void>;
};

/**
 * React.lazy for a part the first screen does not need (a dialog, the inspector), plus `preload`.
 * Once preloaded, rendering it no longer suspends: the lazy loader then hands React an already
 * settled thenable, which React reads synchronously, so no loading fallback flashes up.
 *
 * A failed load is not final, but it is not retried on its own either (offline, that would fetch in
 * a loop). React.lazy keeps a rejection for good, so a part whose load failed swaps in a fresh
 * React.lazy when asked to (retryFailedParts, PartBoundary's "Try again") or once a later preload
 * succeeds; its next render then fetches the code anew, or shows what the preload brought.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  /** `current` may hold a rejected load. */
  let stale = false;
  const renew = () => {
    if (!stale) return;
    stale = false;
    current = fresh();
  };
  // A part shows the messages of its area, which the first load does not carry (i18n/later.ts):
  // they arrive with its code, so it never renders a "…" in their place.
  const start = () =>
    (loading ??= Promise.all([load(), loadLaterMessages()])
      .then(([component]) => component)
      .then(
        (component) => {
          loaded = component;
          renew();
          return component;
        },
        (error: unknown) => {
          loading = undefined;
          stale = true;
          failedParts.add(renew);
          throw error;
        },
      ));
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() => {
      const component = loaded;
      if (component === undefined) return start().then((c) => ({ default: c }));
      const settled = {
        then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: component }),
      };
      return settled as unknown as Promise<{ default: ComponentType<P> }>;
    });
  let current = fresh();
  const Part = (props: P) => createElement(current, props);
  return Object.assign(Part, { preload: () => start().then(() => undefined) });
}

/** The parts whose last load failed, each with the way to let its next render load again. */
const failedParts = new Set<() => void>();

/** Lets every part whose load failed try again on its next render. */
export function retryFailedParts(): void {
  for (const renew of failedParts) renew();
  failedParts.clear();
}

/** Runs `task` once the browser has nothing better to do (after the first screen is up). */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 3000 });
  else window.setTimeout(task, 200);
}
