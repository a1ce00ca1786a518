import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The service worker that serves the mocked API to `npm run dev` and `vite preview`. */
export const worker = setupWorker(...handlers);
