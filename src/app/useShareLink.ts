import { useCallback, useEffect, useState } from 'react';
import type { Flow } from '../domain/flow';
import { useTranslator } from '../i18n/react';
import { decodeShareFragment, isShareFragment } from '../io/exchange';

export type SharedLink =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; flow: Flow }
  | { state: 'error'; message: string };

/** Drops the fragment from the address bar without a reload or a new history entry. */
function clearFragment() {
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url.toString());
}

/**
 * Reads a share link (`#flow=…`) from the page URL, now and whenever the fragment changes. The shared
 * design is shown read-only; the open design stays as it was until the user saves a copy.
 * `close()` forgets the link (and removes it from the address bar).
 */
export function useShareLink(): { link: SharedLink; close(): void } {
  const translator = useTranslator();
  const [link, setLink] = useState<SharedLink>({ state: 'none' });

  useEffect(() => {
    let current = 0;
    const read = () => {
      const hash = window.location.hash;
      if (!isShareFragment(hash)) return;
      const ticket = ++current;
      setLink({ state: 'loading' });
      void decodeShareFragment(hash, translator).then((result) => {
        if (ticket !== current) return;
        if (result.ok) setLink({ state: 'ready', flow: result.flow });
        else setLink({ state: 'error', message: result.errors.map((e) => e.message).join(' ') });
      });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => {
      current++;
      window.removeEventListener('hashchange', read);
    };
  }, [translator]);

  const close = useCallback(() => {
    clearFragment();
    setLink({ state: 'none' });
  }, []);

  return { link, close };
}
