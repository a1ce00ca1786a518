import type { MockDb } from '../db';
import { faultHandlers } from './faults';
import { flowHandlers } from './flows';
import { historyHandlers } from './history';
import { referenceHandlers } from './reference';
import { sessionHandlers } from './session';

export { faultsFromPageUrl, SLOW_LATENCY_MS } from './faults';

/** Every handler over one db; faults first, since they may answer in place of the others. */
export function createHandlers(db: MockDb, options: { readPageFlag?: boolean } = {}) {
  return [
    ...faultHandlers(db, options),
    ...sessionHandlers,
    ...referenceHandlers,
    ...historyHandlers(db),
    ...flowHandlers(db),
  ];
}
