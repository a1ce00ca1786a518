import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The same handlers for tests running in Node (component tests in jsdom). */
export const server = setupServer(...handlers);
