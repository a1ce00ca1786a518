import type { Flow } from '../../src/domain/flow';
import { FLOW_KIND, SCENARIO_KIND } from '../../src/io/kinds';
import { loadDocumentValue } from '../../src/io/load';
import { HttpError } from '../http/body';

/** A flow sent by a client, read as an import is: migrate, then validate; 400 with paths otherwise. */
export function readFlow(value: unknown): Flow {
  const loaded = loadDocumentValue(value, FLOW_KIND);
  if (!loaded.ok)
    throw new HttpError(400, 'The flow is not a valid Orderflow document.', { errors: loaded.errors });
  return loaded.value;
}

/** A scenario sent by a client, checked the same way (stored as sent, once it is known valid). */
export function readScenario(value: unknown): { name: string } {
  const loaded = loadDocumentValue(value, SCENARIO_KIND);
  if (!loaded.ok)
    throw new HttpError(400, 'The scenario is not a valid Orderflow document.', { errors: loaded.errors });
  return loaded.value;
}
