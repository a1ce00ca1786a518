import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../domain/scenario';
import type { Coverage, NodeStates } from '../domain/simulation';
import type { TimelineEntry } from '../domain/timeline';
import type { Locale } from '../i18n/locales';
import { useLocale, useTranslator } from '../i18n/react';
import { SimulatorPanel } from '../panels/simulator';
import { createSimulationClient } from '../sim';
import type { SimulationClient } from '../sim';
import {
  loadScenarios,
  sampleScenariosOfFlow,
  saveScenarios,
  storedScenarios,
  useDesigner,
  useDesignerStoreApi,
} from '../store';
import type { Flow } from '../domain/flow';
import { useEnvironment } from './problems';
import { ScenarioSaveNotice } from './ScenarioSaveNotice';
import { useReveal } from './useReveal';
import { useScenarioSync } from './useScenarioSync';

/**
 * A client that starts its worker on first use and can start again after `dispose`, so a component
 * may dispose it on unmount even when React mounts it twice (StrictMode in development).
 */
function restartableClient(): SimulationClient {
  let inner: SimulationClient | undefined;
  const client = () => (inner ??= createSimulationClient());
  return {
    get mode() {
      return client().mode;
    },
    run: (flow, scenario) => client().run(flow, scenario),
    batch: (...args) => client().batch(...args),
    suite: (...args) => client().suite(...args),
    dispose() {
      inner?.dispose();
      inner = undefined;
    },
  };
}

const browserStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * The scenarios of a flow that just replaced another: the ones kept here for it, else the ones its
 * document carries, else — a copy saved under a new id, a design opened under another — the previous
 * flow's when every one of them still starts in a status of this flow, else the samples written for
 * the design (the Russian ones for the Russian default, see sampleScenariosOfFlow).
 */
export function scenariosFor(
  flow: Flow,
  previous: readonly Scenario[],
  storage: Storage | undefined,
  locale: Locale = 'en',
): Scenario[] {
  const stored = storedScenarios(storage, flow.id);
  if (stored) return stored;
  if (flow.scenarios) return structuredClone(flow.scenarios);
  const statuses = new Set<string>(flow.statuses.map((s) => s.id));
  if (previous.length > 0 && previous.every((s) => statuses.has(s.start.status))) return [...previous];
  return loadScenarios(undefined, flow.id, undefined, sampleScenariosOfFlow(flow, locale));
}

/** Whether a flow's scenarios are already at hand, in this browser or in its own document. */
const hasLocal = (flow: Flow) =>
  storedScenarios(browserStorage(), flow.id) !== undefined || flow.scenarios !== undefined;

/** The node a timeline entry is about: a robot, a trigger, or the status (lane) it concerns. */
export function nodeOfEntry(entry: TimelineEntry): string | undefined {
  switch (entry.kind) {
    case 'robot.scheduled':
    case 'robot.done':
    case 'robot.failed':
    case 'robot.skipped':
    case 'robot.cancelled':
      return entry.robot;
    case 'trigger.fired':
      return entry.trigger;
    case 'status.entered':
    case 'status.left':
      return entry.status;
    case 'event':
      return entry.robot;
    case 'end':
      return undefined;
  }
}

/** The simulator beside the canvas: scenarios kept with the flow, results sent to the canvas. */
export function SimulatorPane() {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const environment = useEnvironment();
  const reveal = useReveal();
  const { t } = useTranslator();
  const { locale } = useLocale();
  const [client] = useState(restartableClient);
  useEffect(() => () => client.dispose(), [client]);
  const [kept, setKept] = useState(() => ({
    flowId: flow.id,
    list: loadScenarios(browserStorage(), flow.id, flow.scenarios, sampleScenariosOfFlow(flow, locale)),
  }));
  // Another flow (an import, a share link, a saved copy) brings its own scenarios; see scenariosFor.
  const scenarios = useMemo(
    () => (kept.flowId === flow.id ? kept.list : scenariosFor(flow, kept.list, browserStorage(), locale)),
    [flow, kept, locale],
  );

  const onScenariosChange = useCallback(
    (list: Scenario[]) => {
      setKept({ flowId: flow.id, list });
      saveScenarios(browserStorage(), flow.id, list);
    },
    [flow.id],
  );
  // Decided once per flow id: whether this browser or the document already had its scenarios.
  const [localFor, setLocalFor] = useState(() => ({ id: flow.id, local: hasLocal(flow) }));
  if (localFor.id !== flow.id) setLocalFor({ id: flow.id, local: hasLocal(flow) });
  const sync = useScenarioSync(
    flow.id,
    scenarios,
    localFor.id === flow.id ? localFor.local : hasLocal(flow),
    onScenariosChange,
  );
  const onSelectEntry = useCallback(
    (entry: TimelineEntry) => {
      const state = store.getState();
      state.selectEntry(entry);
      const id = nodeOfEntry(entry);
      if (id === undefined) return;
      state.select([id]);
      reveal(id, { onlyIfHidden: true });
    },
    [store, reveal],
  );
  const onNodeStates = useCallback(
    (states: NodeStates | undefined) => store.getState().setNodeStates(states),
    [store],
  );
  const onCoverage = useCallback(
    (coverage: Coverage | undefined) => store.getState().setCoverage(coverage),
    [store],
  );
  const onSkipPauseChange = useCallback(
    (skip: ((robotId: string) => void) | undefined) => store.getState().setSkipPause(skip),
    [store],
  );

  return (
    <aside
      aria-label={t('simulator.title')}
      data-pane="details"
      className="flex h-full min-h-0 w-[36rem] shrink-0 flex-col border-l border-border-subtle bg-surface-base"
    >
      <header className="flex items-center gap-2 border-b border-border-subtle px-3 py-2">
        <h2 className="text-sm font-semibold">{t('simulator.title')}</h2>
        <span className="ml-auto text-xs text-fg-muted">
          {client.mode === 'worker' ? t('simulator.engine.worker') : t('simulator.engine.page')}
        </span>
      </header>
      <ScenarioSaveNotice failure={sync.failure} onRetry={sync.retry} />
      <div className="min-h-0 flex-1">
        <SimulatorPanel
          flow={flow}
          client={client}
          environment={environment}
          scenarios={scenarios}
          onScenariosChange={onScenariosChange}
          onSelectEntry={onSelectEntry}
          onNodeStates={onNodeStates}
          onCoverage={onCoverage}
          onSkipPauseChange={onSkipPauseChange}
        />
      </div>
    </aside>
  );
}
