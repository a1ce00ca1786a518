import { problemPlace } from '../../../src/panels/import/problemPlace';
import { englishTranslator } from '../../../src/i18n/english';
import { isDeepStrictEqual } from 'node:util';
import { act, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportButton } from '../../../src/app/ImportButton';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { importText } from '../../../src/io/exchange';
import { createDesignerStore, DesignerStoreProvider } from '../../../src/store';
import { hostileRecipe, hostileText } from '../../support/hostileDocuments';

/*
 * Hostile texts pasted into the real import dialog of the top bar, over a real store: the open
 * design is untouched (same object, no history) until "Import flow"; a refused text lists every
 * error where it is, in words; markup in the text never becomes elements. 300 + 50 runs, counted in
 * the 10,000 of the import fuzzing (tests/unit/fuzz has the rest).
 */

/** Elements or attributes that only markup from the text could have created. */
const INJECTED = 'img, script, iframe, [onerror], [onload], a[href^="javascript:"]';

function renderImport() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const view = render(
    <DesignerStoreProvider store={store}>
      <ImportButton />
    </DesignerStoreProvider>,
  );
  // By text, not role: role queries walk the accessibility tree, too slow for dozens of renders.
  fireEvent.click(screen.getByText('Import', { selector: 'button' }));
  return { store, unmount: view.unmount };
}

const paste = (text: string) =>
  fireEvent.change(screen.getByLabelText('Flow JSON'), { target: { value: text } });

// Generous: hundreds of renders on a shared two-core machine.
describe('import dialog with hostile texts', { timeout: 300_000 }, () => {
  it('keeps the open design until confirmed and lists every error with its path', () => {
    const { store } = renderImport();
    const before = store.getState().flow;
    // Found once by role; inside the loop plain DOM queries keep 300 renders affordable in jsdom.
    const textarea = screen.getByLabelText('Flow JSON');
    const importButton = screen.getByRole('button', { name: 'Import flow' });
    const errorsRegion = () => document.querySelector('section[aria-label="Errors"]');
    fc.assert(
      fc.property(hostileRecipe(), (recipe) => {
        const text = hostileText(recipe);
        void act(() => fireEvent.change(textarea, { target: { value: text } }));
        expect(store.getState().flow).toBe(before);
        expect(store.getState().past).toHaveLength(0);
        expect(document.querySelector(INJECTED)).toBeNull();
        if (text.trim() === '') {
          // Nothing to read yet: no verdict, nothing to import.
          expect(importButton).toBeDisabled();
          expect(errorsRegion()).toBeNull();
          return;
        }
        const expected = importText(text, 'flow');
        if (expected.ok) {
          expect(importButton).toBeEnabled();
          expect(errorsRegion()).toBeNull();
          return;
        }
        expect(importButton).toBeDisabled();
        const items = [...errorsRegion()!.querySelectorAll('li')];
        expect(items).toHaveLength(expected.errors.length);
        expected.errors.forEach((e, i) => {
          // Where it is, in words (the JSON path kept as data, not shown).
          expect(items[i]!.querySelector('span')!.textContent).toBe(problemPlace(e.path, englishTranslator));
          expect(items[i]!.querySelector('span')!.dataset.path).toBe(e.path);
          expect(items[i]!.textContent).toContain(e.message);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('an accepted hostile document replaces the design only on "Import flow", as one undo step', () => {
    const accepted = fc
      .sample(hostileRecipe({ maxMutations: 2 }), { seed: 42, numRuns: 600 })
      .map(hostileText)
      .filter((text) => importText(text, 'flow').ok);
    fc.assert(
      fc.property(fc.constantFrom(...accepted), (text) => {
        const { store, unmount } = renderImport();
        try {
          const before = store.getState().flow;
          void act(() => paste(text));
          expect(store.getState().flow).toBe(before);
          void act(() => fireEvent.click(screen.getByText('Import flow', { selector: 'button' })));
          const result = importText(text, 'flow');
          expect(result.ok && store.getState().flow).toEqual(result.ok && result.doc);
          // Importing the open design again changes nothing, so there is nothing to undo.
          const changed = result.ok && !isDeepStrictEqual(result.doc, before);
          expect(store.getState().past).toHaveLength(changed ? 1 : 0);
          expect(document.querySelector(INJECTED)).toBeNull();
          void act(() => store.getState().undo());
          expect(store.getState().flow).toEqual(before);
        } finally {
          unmount();
        }
      }),
      { numRuns: 50 },
    );
  });
});
