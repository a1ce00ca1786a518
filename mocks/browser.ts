import { setupWorker } from 'msw/browser';
import { browserLocale } from '../src/i18n/react/browserLocale';
import { createMockDb } from './db';
import { seedFlows } from './fixtures/flows';
import { createHandlers } from './handlers/index';

/**
 * The demo's backend holds its sample flows in the language the designer starts in (a Russian
 * browser finds the Russian default design there too); the tests' node server keeps the English ones.
 */
const db = createMockDb({ seed: () => seedFlows(browserLocale(window)) });

/**
 * The service worker that serves the mocked API to `npm run dev` and `vite preview`. Here the
 * `?fault=500|offline|slow|conflict` page flag is honoured (see mocks/handlers/faults.ts).
 */
export const worker = setupWorker(...createHandlers(db, { readPageFlag: true }));

// The handlers and their state live in the page: browser tests switch faults on and off here
// (`page.evaluate(() => window.orderflowMockBackend.setFaults({ status500: true }))`).
(globalThis as { orderflowMockBackend?: typeof db }).orderflowMockBackend = db;
