import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DesignerStore } from './createDesignerStore';
import type { DesignerState } from './types';

const DesignerStoreContext = createContext<DesignerStore | null>(null);

/** Hands one designer store to the components below; each provider is an independent designer. */
export function DesignerStoreProvider({ store, children }: { store: DesignerStore; children: ReactNode }) {
  return <DesignerStoreContext.Provider value={store}>{children}</DesignerStoreContext.Provider>;
}

/** The store itself, for event handlers that read state without subscribing. */
export function useDesignerStoreApi(): DesignerStore {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesignerStore must be used inside <DesignerStoreProvider>.');
  return store;
}

/** Subscribes to a slice of the designer state; keep selectors narrow so components rerender rarely. */
export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(useDesignerStoreApi(), selector);
}
