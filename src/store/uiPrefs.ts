/*
 * Panel preferences kept per browser, beside the saved designs (persistence.ts, scenarios.ts): they
 * belong to the person at this browser, not to a design, so they are neither in the document nor in
 * its undo history. Storage may be missing or blocked (private windows); the default then applies.
 */

/** The inspector stays open, with its empty state, while nothing is selected. */
export const INSPECTOR_PINNED_KEY = 'orderflow.inspectorPinned.v1';
/** The palette is folded to its icon rail. */
export const PALETTE_COLLAPSED_KEY = 'orderflow.paletteCollapsed.v1';

export type UiPrefKey = typeof INSPECTOR_PINNED_KEY | typeof PALETTE_COLLAPSED_KEY;

/** The flag kept under `key`; false when none is kept or storage cannot be read. */
export function loadUiFlag(storage: Pick<Storage, 'getItem'> | undefined, key: UiPrefKey): boolean {
  try {
    return storage?.getItem(key) === 'true';
  } catch {
    return false;
  }
}

/** Keeps the flag; false when the storage refused (full or blocked), which costs only the memory. */
export function saveUiFlag(
  storage: Pick<Storage, 'setItem'> | undefined,
  key: UiPrefKey,
  value: boolean,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, String(value));
    return true;
  } catch {
    return false;
  }
}
