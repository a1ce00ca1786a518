import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Scenario } from '../domain/scenario';
import type { Coverage, NodeStates } from '../domain/simulation';
import type { TimelineEntry } from '../domain/timeline';
import { SimulatorPanel } from '../panels/simulator';
import { createSimulationClient } from '../sim';
import type { SimulationClient } from '../sim';
import { LOCKED_REASON, loadScenarios, saveScenarios, useDesigner, useDesignerStoreApi } from '../store';
import { useEnvironment } from './problems';
import { useReveal } from './useReveal';

/*
 * Simulate mode (issue 5): a top-bar toggle; while it is on the design is locked (the store refuses
 * edits, the palette and inspector make way for the simulator) and the canvas shows the run.
 */

/** The top bar's "Simulate" switch. */
export function SimulateToggle() {
  const store = useDesignerStoreApi();
  const active = useDesigner((s) => s.simulation.active);
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={() => store.getState().setSimulating(!active)}
      title={active ? 'Back to designing' : 'Walk an order through this design'}
      className="inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 px-3 text-xs font-semibold text-slate-700 hover:bg-slate-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true">▶</span>
      Simulate
    </button>
  );
}

/** Children while designing; `simulating` (if any) in simulate mode. */
export function DesignOnly({ children, simulating }: { children: ReactNode; simulating?: ReactNode }) {
  const active = useDesigner((s) => s.simulation.active);
  return <>{active ? simulating : children}</>;
}

/** The line under the top bar that says why nothing can be edited. */
export function LockedNotice() {
  const store = useDesignerStoreApi();
  const active = useDesigner((s) => s.simulation.active);
  if (!active) return null;
  return (
    <div
      role="status"
      className="flex items-center gap-3 border-b border-brand-200 bg-brand-50 px-4 py-1.5 text-sm text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200"
    >
      <span className="flex-1">{LOCKED_REASON}. Leave simulate mode to edit it again.</span>
      <button
        type="button"
        className="rounded px-2 py-0.5 text-xs font-medium hover:bg-white dark:hover:bg-slate-800"
        onClick={() => store.getState().setSimulating(false)}
      >
        Back to designing
      </button>
    </div>
  );
}

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
  const [client] = useState(restartableClient);
  useEffect(() => () => client.dispose(), [client]);
  const [kept, setKept] = useState(() => ({
    flowId: flow.id,
    list: loadScenarios(browserStorage(), flow.id),
  }));
  // Another flow (an import) brings its own scenarios.
  const scenarios = kept.flowId === flow.id ? kept.list : loadScenarios(browserStorage(), flow.id);

  const onScenariosChange = useCallback(
    (list: Scenario[]) => {
      setKept({ flowId: flow.id, list });
      saveScenarios(browserStorage(), flow.id, list);
    },
    [flow.id],
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
      aria-label="Simulator"
      data-pane="details"
      className="flex h-full min-h-0 w-[36rem] shrink-0 flex-col border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
    >
      <header className="flex items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold">Simulator</h2>
        <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">
          {client.mode === 'worker' ? 'Engine runs in a Web Worker' : 'Engine runs on this page'}
        </span>
      </header>
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
