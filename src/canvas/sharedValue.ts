import { useSyncExternalStore } from 'react';

/*
 * A value the canvas hands its lanes without changing a React context. When a context's value
 * changes, React searches the whole tree under its provider for readers — under the board's
 * providers that is every card on screen, ~8–15 ms at 5,000 robots, paid in the frame where a zoom
 * switches to lane sketches and at every window cut of a pan. The context holds this box instead
 * (always the same object), and only the components that read it are told.
 */
export interface SharedValue<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function sharedValue<T>(initial: T): SharedValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export function useSharedValue<T>(shared: SharedValue<T>): T {
  return useSyncExternalStore(shared.subscribe, shared.get, shared.get);
}
