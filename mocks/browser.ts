import { setupWorker } from 'msw/browser';
import { db } from './db';
import { createHandlers } from './handlers/index';

/**
 * The service worker that serves the mocked API to `npm run dev` and `vite preview`. Here the
 * `?fault=500|offline|slow|conflict` page flag is honoured (see mocks/handlers/faults.ts).
 */
export const worker = setupWorker(...createHandlers(db, { readPageFlag: true }));
