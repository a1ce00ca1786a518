import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

export type LazyPart<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Starts loading the code (once); resolves when it is there. */
  preload(): Promise<void>;
};

/**
 * React.lazy for a part the first screen does not need (a dialog, the inspector), plus `preload`.
 * Once preloaded, rendering it no longer suspends: the lazy loader then hands React an already
 * settled thenable, which React reads synchronously, so no loading fallback flashes up.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a later attempt (the next preload or render) tries again
        throw error;
      },
    ));
  const Part = lazy(() => {
    const component = loaded;
    if (component === undefined) return start().then((c) => ({ default: c }));
    const settled = {
      then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: component }),
    };
    return settled as unknown as Promise<{ default: ComponentType<P> }>;
  });
  return Object.assign(Part, { preload: () => start().then(() => undefined) });
}

/** Runs `task` once the browser has nothing better to do (after the first screen is up). */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 3000 });
  else window.setTimeout(task, 200);
}
