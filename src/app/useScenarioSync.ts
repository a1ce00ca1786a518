import { useEffect, useRef } from 'react';
import type { Scenario } from '../domain/scenario';
import { useIntegration } from './integration';

/** How long after the last scenario edit they are sent: a burst of typing is one request. */
const SAVE_AFTER_MS = 1500;

/**
 * Keeps a flow's scenarios on the backend (docs/semantics.md §7, `/api/flows/{id}/scenarios`), the browser copy
 * being the offline fallback. When the flow opens with nothing kept in this browser and nothing in its
 * document (`fromBrowserOrDocument` false), the server's list is adopted if it has one; afterwards every
 * change is sent a moment later. A flow the server does not know (404), or a server that cannot be
 * reached, leaves the browser copy as it is: nothing is lost, and the next change tries again.
 */
export function useScenarioSync(
  flowId: string,
  scenarios: readonly Scenario[],
  fromBrowserOrDocument: boolean,
  adopt: (list: Scenario[]) => void,
): void {
  const { api } = useIntegration();
  const adoptRef = useRef(adopt);
  useEffect(() => {
    adoptRef.current = adopt;
  }, [adopt]);
  const fetched = useRef<string | null>(null);
  const sent = useRef<readonly Scenario[] | null>(null);

  useEffect(() => {
    if (fetched.current === flowId) return;
    fetched.current = flowId;
    sent.current = scenarios;
    if (fromBrowserOrDocument) return;
    const abort = new AbortController();
    void api.getScenarios(flowId, abort.signal).then((r) => {
      if (!r.ok || r.value.length === 0) return;
      sent.current = r.value;
      adoptRef.current(r.value);
    });
    return () => abort.abort();
  }, [api, flowId, scenarios, fromBrowserOrDocument]);

  useEffect(() => {
    if (sent.current === scenarios) return;
    const timer = setTimeout(() => {
      sent.current = scenarios;
      void api.putScenarios(flowId, scenarios);
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [api, flowId, scenarios]);
}
