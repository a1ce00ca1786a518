import { setupWorker } from 'msw/browser';
import { db } from './db';
import { createHandlers } from './handlers/index';

/**
 * The service worker that serves the mocked API to `npm run dev` and `vite preview`. Here the
 * `?fault=500|offline|slow|conflict` page flag is honoured (see mocks/handlers/faults.ts).
 */
export const worker = setupWorker(...createHandlers(db, { readPageFlag: true }));

// The handlers and their state live in the page: browser tests switch faults on and off here
// (`page.evaluate(() => window.orderflowMockBackend.setFaults({ status500: true }))`).
(globalThis as { orderflowMockBackend?: typeof db }).orderflowMockBackend = db;
