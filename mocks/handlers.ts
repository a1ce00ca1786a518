import { db } from './db';
import { createHandlers } from './handlers/index';

/**
 * The mocked backend (docs/semantics.md §7, docs/openapi.json), shared by the dev server's service worker and the
 * tests' node server. State lives in `db` (mocks/db.ts): `db.reset()` between tests,
 * `db.setFaults({...})` to make the API slow, failing, offline or conflicting.
 */
export const handlers = createHandlers(db);

export { db } from './db';
export { createHandlers } from './handlers/index';
