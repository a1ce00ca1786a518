import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../domain/scenario';
import { useIntegration } from './integration';
import { scenarioSaveFailure } from './scenarioSaveFailure';

/** How long after the last scenario edit they are sent: a burst of typing is one request. */
const SAVE_AFTER_MS = 1500;

/** The state of the scenarios on the server, for the simulator to show. */
export interface ScenarioSync {
  /** Why the last save failed, in words; undefined once a save succeeds. */
  failure: string | undefined;
  /** Sends the scenarios as they are now, at once. */
  retry(): void;
}

/**
 * Keeps a flow's scenarios on the backend (docs/semantics.md §7, `/api/flows/{id}/scenarios`), the browser copy
 * being the offline fallback. When the flow opens with nothing kept in this browser and nothing in its
 * document (`fromBrowserOrDocument` false), the server's list is adopted if it has one; afterwards every
 * change is sent a moment later. A save that fails (offline, a server error, a refusal) is reported
 * with a retry, the browser copy keeping the scenarios; the next change or a retry tries again, and
 * a success clears the report. A flow the server does not know (404) is not a failure: it has never
 * been saved there.
 */
export function useScenarioSync(
  flowId: string,
  scenarios: readonly Scenario[],
  fromBrowserOrDocument: boolean,
  adopt: (list: Scenario[]) => void,
): ScenarioSync {
  const { api } = useIntegration();
  const adoptRef = useRef(adopt);
  useEffect(() => {
    adoptRef.current = adopt;
  }, [adopt]);
  const fetched = useRef<string | null>(null);
  const sent = useRef<readonly Scenario[] | null>(null);
  const [failure, setFailure] = useState<string | undefined>();
  // Only the latest save speaks: an earlier one answering late must not clear or raise the report.
  const latest = useRef(0);

  const save = useCallback(
    (list: readonly Scenario[]) => {
      sent.current = list;
      const attempt = ++latest.current;
      void api.putScenarios(flowId, list).then((r) => {
        if (attempt !== latest.current) return;
        setFailure(r.ok ? undefined : scenarioSaveFailure(r.error));
      });
    },
    [api, flowId],
  );

  useEffect(() => {
    if (fetched.current === flowId) return;
    fetched.current = flowId;
    sent.current = scenarios;
    setFailure(undefined);
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
    const timer = setTimeout(() => save(scenarios), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [save, scenarios]);

  const current = useRef(scenarios);
  useEffect(() => {
    current.current = scenarios;
  }, [scenarios]);
  const retry = useCallback(() => save(current.current), [save]);
  return { failure, retry };
}
