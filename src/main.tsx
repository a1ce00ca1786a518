import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './App';
import { integrationOf } from './app/integration';
import { SessionGate } from './app/SessionGate';
import { defaultFlowFor, loadSamples } from './domain/samples';
import { createApiClient } from './io/api';
import type { Me } from './io/api';
import { preloadPartsWhenIdle } from './app/lazyParts';
import { englishTranslator, loadTranslator } from './i18n';
import { loadLaterMessages } from './i18n/later';
import { browserLocale, I18nProvider, rememberLocale } from './i18n/react';
import {
  attachAutosave,
  createDesignerStore,
  keepHistoryInSession,
  loadReference,
  loadSavedFlow,
} from './store';

/**
 * Starts the mocked backend unless VITE_API_MOCK=off. Imported dynamically so msw stays out of the
 * first bundle (and out of a build pointed at a real backend).
 */
async function startMockBackend(): Promise<void> {
  if (import.meta.env.VITE_API_MOCK === 'off') return;
  try {
    const { worker } = await import('../mocks/browser');
    await worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
  } catch (error) {
    // Without the worker the designer still works on its saved or default flow; the bar says why.
    console.warn('Orderflow: the mocked backend could not start.', error);
  }
}

/** The language chosen before, or the browser's; English when its messages cannot be fetched. */
async function openingTranslator() {
  try {
    return await loadTranslator(browserLocale(window));
  } catch (error) {
    console.warn('Orderflow: the chosen language could not be loaded; showing English.', error);
    return englishTranslator;
  }
}

async function main() {
  // The starting language's default design and samples come first: the demo backend seeds its
  // flows with them, and a designer with nothing saved opens on them.
  const samples = loadSamples(browserLocale(window)).catch((error: unknown) =>
    console.warn('Orderflow: the default design of the chosen language could not be loaded.', error),
  );
  const [translator] = await Promise.all([openingTranslator(), samples.then(startMockBackend)]);
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  // Nothing saved yet: the default design of the language the designer starts in (a saved design opens as it is).
  const loaded = loadSavedFlow(storage, defaultFlowFor(translator.locale), translator);
  const store = createDesignerStore(loaded.flow);
  if (window.matchMedia?.('(prefers-color-scheme: dark)').matches) store.getState().setTheme('dark');
  if (storage) {
    // Flushes the debounce when the tab is hidden, closed or reloaded (registered before the app's
    // leave-page guard, so the guard sees what the flush achieved) and hears the other tabs' saves.
    attachAutosave(store, storage, { page: window });
  }
  try {
    // Undo outlives a reload of this tab (sessionHistory.ts); without sessionStorage it lasts the page.
    keepHistoryInSession(store, window.sessionStorage, window);
  } catch {
    // sessionStorage blocked (a privacy setting): nothing to keep the steps in.
  }
  const apiBase = import.meta.env.VITE_API_URL ?? window.location.origin;
  const api = createApiClient();
  integrationOf(store, api);

  const notice = loaded.problem
    ? translator.t('io.saved.defaultShown', { problem: loaded.problem })
    : undefined;
  // Reference data is read once someone is signed in: before that, a real server answers 401.
  const onSession = (me: Me | null) => {
    integrationOf(store).getState().setSession(me);
    if (me?.demo) store.getState().notify(translator.t('account.demo.opening'));
    void loadReference(store, apiBase);
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={translator} onChosen={(locale) => rememberLocale(window, locale)}>
        <SessionGate api={api} onSession={onSession}>
          <App store={store} notice={notice} />
        </SessionGate>
      </I18nProvider>
    </StrictMode>,
  );
  // The messages of the areas the first screen does not show (src/i18n/later.ts) come right after it.
  loadLaterMessages().catch((error: unknown) =>
    console.warn(
      'Orderflow: some messages could not be loaded yet; they are fetched again when needed.',
      error,
    ),
  );
  // The inspector and the dialogs are not in the first load; fetch them once the page is idle.
  preloadPartsWhenIdle();
}

void main();
