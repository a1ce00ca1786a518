import { OPEN_DESIGN_KEY } from '../../../src/store';

/**
 * A Storage stand-in, shareable by several autosaves like two tabs share localStorage. It counts
 * writes of designs (not of the pointer to the open one) and remembers the last key written.
 */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    writes: 0,
    lastKey: null as string | null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      if (key !== OPEN_DESIGN_KEY) {
        this.writes++;
        this.lastKey = key;
      }
      data.set(key, value);
    },
  };
}
