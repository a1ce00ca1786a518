import type { MockDb } from '../db';
import { faultHandlers } from './faults';
import { flowHandlers } from './flows';
import { referenceHandlers } from './reference';
import { scenarioHandlers } from './scenarios';

export { faultsFromPageUrl, SLOW_LATENCY_MS } from './faults';

/** Every handler over one db; faults first, since they may answer in place of the others. */
export function createHandlers(db: MockDb, options: { readPageFlag?: boolean } = {}) {
  return [...faultHandlers(db, options), ...referenceHandlers, ...scenarioHandlers(db), ...flowHandlers(db)];
}
