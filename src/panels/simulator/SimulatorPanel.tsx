import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Flow } from '../../domain/flow';
import { DEFAULT_ENVIRONMENT } from '../../domain/reference/defaultEnvironment';
import type { Coverage, NodeStates } from '../../domain/simulation';
import type { Environment, Scenario } from '../../domain/scenario';
import type { TimelineEntry } from '../../domain/timeline';
import type { SimulationClient } from '../../sim';
import { createSimulationClient, skipPause } from '../../sim';
import { createSimulatorRun } from '../../store/simulatorRun';
import { buttonClass } from '../../ui/formStyles';
import { BatchPanel } from './BatchPanel';
import { isRunnable, ScenarioEditor } from './ScenarioEditor';
import { ScenarioList } from './ScenarioList';
import { sampleScenarios } from './scenarioFiles';
import { SinglePlayback } from './SinglePlayback';

export interface SimulatorPanelProps {
  flow: Flow;
  /** The engine's runner; by default one is made (a Web Worker when available) and disposed on unmount. */
  client?: SimulationClient;
  environment?: Environment;
  /** Controlled scenario list (kept with the flow by the app); uncontrolled it starts with the samples. */
  scenarios?: Scenario[];
  onScenariosChange?: (scenarios: Scenario[]) => void;
  /** A log entry was chosen: the app selects its node on the canvas. */
  onSelectEntry?: (entry: TimelineEntry) => void;
  /** Node states at the playback position, for the canvas; undefined when no run is shown. */
  onNodeStates?: (states: NodeStates | undefined) => void;
  /** A batch's coverage, for the canvas; undefined when none is shown. */
  onCoverage?: (coverage: Coverage | undefined) => void;
  /** "Skip pause" for a robot waiting at the playback position, while a run is shown (else undefined). */
  onSkipPauseChange?: (skip: ((robotId: string) => void) | undefined) => void;
}

/** The whole simulator: scenarios, the editor, a single run with playback, and the what-if batch. */
export function SimulatorPanel(props: SimulatorPanelProps) {
  const { flow, environment = DEFAULT_ENVIRONMENT, onNodeStates, onSkipPauseChange } = props;
  const [own, setOwn] = useState<Scenario[]>(sampleScenarios);
  const scenarios = props.scenarios ?? own;
  const setScenarios = (next: Scenario[]) => (props.onScenariosChange ?? setOwn)(next);
  const [selected, setSelected] = useState(0);
  const [tab, setTab] = useState<'single' | 'batch'>('single');
  const [client] = useState(() => props.client ?? createSimulationClient());
  // The run lives in a store module of its own (store/simulatorRun.ts); this panel only draws it.
  const [runStore] = useState(() => createSimulatorRun(client, skipPause));
  const run = useStore(runStore, (s) => s.run);
  useEffect(() => () => (props.client ? undefined : client.dispose()), [client, props.client]);
  // The canvas shows node states only while the single run is on screen.
  useEffect(() => {
    if (run.kind !== 'shown' || tab !== 'single') onNodeStates?.(undefined);
  }, [run.kind, tab, onNodeStates]);

  const onSkipPause = useCallback(
    (robotId: string, position: number) => runStore.getState().skipPause(flow, robotId, position),
    [flow, runStore],
  );

  const scenario = scenarios[Math.min(selected, scenarios.length - 1)];
  const runnable = scenario !== undefined && isRunnable(flow, scenario);

  const start = (s: Scenario) => runStore.getState().start(flow, s);

  const openVariant = (variant: Scenario) => {
    setScenarios([...scenarios, variant]);
    setSelected(scenarios.length);
    setTab('single');
    void start(variant);
  };

  return (
    <div className="flex h-full min-h-0 flex-col gap-2 overflow-auto p-2 text-slate-900 dark:text-slate-100">
      <ScenarioList
        scenarios={scenarios}
        selected={selected}
        onSelect={setSelected}
        onScenariosChange={(next, sel) => {
          setScenarios(next);
          setSelected(sel);
        }}
      />
      {scenario && (
        <ScenarioEditor
          flow={flow}
          scenario={scenario}
          environment={environment}
          onChange={(next) => setScenarios(scenarios.map((s, i) => (i === selected ? next : s)))}
        />
      )}
      <div role="tablist" aria-label="Simulation" className="flex gap-1">
        {(['single', 'batch'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
            className="rounded-t px-2 py-1 text-xs aria-selected:bg-white aria-selected:font-semibold dark:aria-selected:bg-slate-800"
          >
            {t === 'single' ? 'Single run' : 'What-if batch'}
          </button>
        ))}
      </div>
      {tab === 'single' && scenario && (
        <div role="tabpanel" aria-label="Single run" className="flex shrink-0 flex-col gap-2">
          <div className="flex items-center gap-2 text-xs">
            <button
              type="button"
              className={buttonClass}
              disabled={!runnable || run.kind === 'running'}
              onClick={() => void start(scenario)}
            >
              Run scenario
            </button>
            {run.kind === 'running' && (
              <>
                <span role="status">Running…</span>
                <button type="button" className={buttonClass} onClick={() => runStore.getState().cancel()}>
                  Cancel run
                </button>
              </>
            )}
            {run.kind === 'failed' && (
              <span role="alert" className="text-rose-700 dark:text-rose-400">
                The run could not start: {run.message}
              </span>
            )}
          </div>
          {run.kind === 'shown' && (
            <SinglePlayback
              flow={flow}
              timeline={run.timeline}
              scenarioName={run.scenario.name}
              startAt={run.startAt}
              environment={environment}
              onSelectEntry={props.onSelectEntry}
              onNodeStates={onNodeStates}
              onSkipPause={onSkipPause}
              onSkipPauseReady={onSkipPauseChange}
            />
          )}
        </div>
      )}
      {tab === 'batch' && scenario && (
        <div role="tabpanel" aria-label="What-if batch">
          <BatchPanel
            flow={flow}
            base={scenario}
            client={client}
            onOpenVariant={openVariant}
            onCoverage={props.onCoverage}
          />
        </div>
      )}
    </div>
  );
}
