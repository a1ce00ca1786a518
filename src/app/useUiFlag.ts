import { useCallback, useState } from 'react';
import { loadUiFlag, saveUiFlag } from '../store';
import type { UiPrefKey } from '../store';

const browserStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * A panel preference remembered by this browser (see store/uiPrefs.ts): read once when the panel
 * mounts, written on every change. Each flag has one owner component, so no sharing is needed.
 */
export function useUiFlag(key: UiPrefKey): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => loadUiFlag(browserStorage(), key));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      saveUiFlag(browserStorage(), key, next);
    },
    [key],
  );
  return [value, set];
}
