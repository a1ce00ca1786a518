import { useEffect } from 'react';
import { isDirty, useDesignerStoreApi } from '../store';

/**
 * Asks before the page is left while changes are not in the browser's storage. The entry point
 * flushes the pending autosave on `beforeunload` first (registered earlier, so it runs first): the
 * guard therefore only bites when saving really failed, e.g. a full or blocked storage.
 */
export function useLeaveGuard(): void {
  const store = useDesignerStoreApi();
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty(store.getState())) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
