import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Flow } from '../../domain/flow';
import { DEFAULT_ENVIRONMENT } from '../../domain/reference/defaultEnvironment';
import type { Coverage, NodeStates } from '../../domain/simulation';
import type { Environment, Scenario } from '../../domain/scenario';
import type { TimelineEntry } from '../../domain/timeline';
import { judgeExpectations } from '../../engine/expectations';
import { useTranslator } from '../../i18n/react';
import { runErrorText } from '../../i18n/runText';
import type { MessageKey } from '../../i18n';
import type { SimulationClient } from '../../sim';
import { createSimulationClient, skipPause, skippableAt, taskFailureText } from '../../sim';
import { createSimulatorRun, isOutOfDate, withoutSkips } from '../../store/simulatorRun';
import { buttonClass } from '../../ui/formStyles';
import { BatchPanel } from './BatchPanel';
import { scenarioMessages, scenarioProblems } from './editor/validation';
import { ExpectationResults } from './ExpectationResults';
import { expectFromEntry } from './expectFromEntry';
import { Explanations } from './Explanations';
import { runExplainer } from './runReasons';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioList } from './ScenarioList';
import { sampleScenarios } from './scenarioFiles';
import { SinglePlayback } from './SinglePlayback';
import { TestsPanel } from './TestsPanel';

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

type Tab = 'scenario' | 'run' | 'batch' | 'tests';
const TABS: { id: Tab; label: MessageKey }[] = [
  { id: 'scenario', label: 'simulator.tab.scenario' },
  { id: 'run', label: 'simulator.tab.run' },
  { id: 'batch', label: 'simulator.tab.batch' },
  { id: 'tests', label: 'simulator.tab.tests' },
];

/**
 * The whole simulator, as tabs: the scenario (editor and expectations), its run (log, playback,
 * expectation results, explanations), the what-if batch and the tests of every scenario. The panels
 * stay mounted when hidden, so a draft being typed survives a look at the run.
 */
export function SimulatorPanel(props: SimulatorPanelProps) {
  const { flow, environment = DEFAULT_ENVIRONMENT, onNodeStates, onSkipPauseChange } = props;
  const translator = useTranslator();
  const { t } = translator;
  const [own, setOwn] = useState<Scenario[]>(sampleScenarios);
  const scenarios = props.scenarios ?? own;
  const setScenarios = (next: Scenario[]) => (props.onScenariosChange ?? setOwn)(next);
  const [selected, setSelected] = useState(0);
  const [tab, setTab] = useState<Tab>('scenario');
  const [drafts, setDrafts] = useState<string[]>([]);
  const [client] = useState(() => props.client ?? createSimulationClient());
  // The run lives in a store module of its own (store/simulatorRun.ts); this panel only draws it.
  const [runStore] = useState(() => createSimulatorRun(client, skipPause));
  const run = useStore(runStore, (s) => s.run);
  useEffect(() => () => (props.client ? undefined : client.dispose()), [client, props.client]);
  // The canvas shows node states only while the run is on screen.
  useEffect(() => {
    if (run.kind !== 'shown' || tab !== 'run') onNodeStates?.(undefined);
  }, [run.kind, tab, onNodeStates]);

  const index = Math.min(selected, scenarios.length - 1);
  const scenario = scenarios[index];
  const problems = useMemo(() => {
    if (!scenario) return [];
    return [...scenarioProblems(flow, scenario, translator), ...drafts];
  }, [flow, scenario, drafts, translator]);
  const runnable = scenario !== undefined && problems.length === 0;
  const shown = run.kind === 'shown' ? run : undefined;
  const stale = isOutOfDate(run, { index, scenario });
  // Observed once per run shown; the canvas asks it again at every playback position.
  const explain = useMemo(
    () => (shown ? runExplainer(flow, shown.scenario, shown.timeline) : undefined),
    [flow, shown],
  );
  const explained = useMemo(() => explain?.(), [explain]);
  const verdicts = useMemo(
    () => (shown ? judgeExpectations(flow, shown.scenario, shown.timeline, { ids: false }, translator) : []),
    [flow, shown, translator],
  );

  const replace = (i: number, next: Scenario) => setScenarios(scenarios.map((s, j) => (j === i ? next : s)));

  const onSkipPause = useCallback(
    (robotId: string, position: number) => {
      const recorded = runStore.getState().skipPause(flow, robotId, position, { index, scenario });
      // The skip is part of the scenario from now on: the list keeps what the run shown ran.
      if (recorded) setScenarios(scenarios.map((s, j) => (j === recorded.index ? recorded.scenario : s)));
    },
    // setScenarios is rebuilt each render from props; the list it writes is the one captured here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [flow, runStore, index, scenario, scenarios],
  );
  const skippable = useCallback(
    (at: string) => (shown && !stale ? skippableAt(flow, shown.scenario, at) : new Set<string>()),
    [flow, shown, stale],
  );

  const start = (s: Scenario, i: number) => {
    setTab('run');
    return runStore.getState().start(flow, s, i);
  };

  const openVariant = (variant: Scenario) => {
    setScenarios([...scenarios, variant]);
    setSelected(scenarios.length);
    void start(variant, scenarios.length);
  };

  const expectEntry = (entry: TimelineEntry) => {
    const e = expectFromEntry(entry);
    if (!e || !scenario || stale) return;
    replace(index, { ...scenario, expect: [...(scenario.expect ?? []), e] });
  };

  return (
    <div className="flex h-full min-h-0 flex-col gap-2 overflow-auto p-2 text-fg">
      <ScenarioList
        scenarios={scenarios}
        selected={selected}
        onSelect={setSelected}
        onScenariosChange={(next, sel) => {
          setScenarios(next);
          setSelected(sel);
        }}
      />
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <button
          type="button"
          className={buttonClass}
          disabled={!runnable || run.kind === 'running'}
          onClick={() => scenario && void start(scenario, index)}
        >
          {t('simulator.run.start')}
        </button>
        {run.kind === 'running' && (
          <>
            <span role="status">{t('simulator.run.running')}</span>
            <button type="button" className={buttonClass} onClick={() => runStore.getState().cancel()}>
              {t('simulator.run.cancel')}
            </button>
          </>
        )}
        {run.kind === 'failed' && (
          <span role="alert" className="text-danger">
            {t('simulator.run.failed', {
              message: runErrorText(taskFailureText(run.message, translator), translator),
            })}
          </span>
        )}
      </div>
      {problems.length > 0 && (
        <div
          role="alert"
          aria-label={t('simulator.problems.label')}
          className="text-xs text-rose-800 dark:text-rose-300"
        >
          <p className="font-semibold">{t('simulator.problems.title', { count: problems.length })}</p>
          <ul className="list-disc pl-4">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div role="tablist" aria-label={t('simulator.title')} className="flex gap-1">
        {TABS.map((one) => (
          <button
            key={one.id}
            type="button"
            role="tab"
            id={`sim-tab-${one.id}`}
            aria-controls={`sim-panel-${one.id}`}
            aria-selected={tab === one.id}
            onClick={() => setTab(one.id)}
            className="rounded-t px-2 py-1 text-xs aria-selected:bg-white aria-selected:font-semibold dark:aria-selected:bg-slate-800"
          >
            {t(one.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="sim-panel-scenario"
        aria-labelledby="sim-tab-scenario"
        hidden={tab !== 'scenario'}
      >
        {scenario && (
          <ScenarioEditor
            flow={flow}
            scenario={scenario}
            environment={environment}
            onChange={(next) => replace(index, next)}
            onDraftProblemsChange={setDrafts}
          />
        )}
      </div>
      <div
        role="tabpanel"
        id="sim-panel-run"
        aria-labelledby="sim-tab-run"
        hidden={tab !== 'run'}
        // Never shorter than what it holds: the panel scrolls as a whole (its log keeps a height of
        // its own). Allowed to shrink, this column was squeezed under its content on a 900-px
        // window, and its rows were drawn over the next ones with the log at no height at all.
        className="flex flex-col gap-2"
      >
        {run.kind === 'none' && <p className="text-xs text-fg-subtle">{t('simulator.run.empty')}</p>}
        {shown && stale && (
          <p
            role="status"
            className="rounded border border-amber-300 bg-warning-soft p-2 text-xs text-amber-900 dark:border-amber-700 dark:text-amber-200"
          >
            {t('simulator.run.stale')}
          </p>
        )}
        {shown && (shown.scenario.skips?.length ?? 0) > 0 && (
          <p className="flex items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
            <span className="rounded bg-orange-100 px-1 font-semibold text-orange-900 dark:bg-orange-950 dark:text-orange-200">
              {t('simulator.skips.badge', { count: shown.scenario.skips!.length })}
            </span>
            {t('simulator.skips.note')}
            <button
              type="button"
              className={buttonClass}
              disabled={stale}
              onClick={() => {
                const rest = withoutSkips(shown.scenario);
                replace(shown.index, rest);
                void start(rest, shown.index);
              }}
            >
              {t('simulator.skips.remove')}
            </button>
          </p>
        )}
        {shown && <ExpectationResults verdicts={verdicts} />}
        {shown && (
          <SinglePlayback
            flow={flow}
            timeline={shown.timeline}
            scenarioName={shown.scenario.name}
            contact={shown.scenario.contact}
            startAt={shown.startAt}
            environment={environment}
            stale={stale}
            skippableAt={skippable}
            onExpect={stale ? undefined : expectEntry}
            onSelectEntry={props.onSelectEntry}
            onNodeStates={onNodeStates}
            onSkipPause={onSkipPause}
            onSkipPauseReady={onSkipPauseChange}
            explain={explain}
          />
        )}
        {shown && explained && (
          <Explanations flow={flow} startAt={shown.timeline.entries[0]?.at ?? ''} list={explained} />
        )}
      </div>
      <div role="tabpanel" id="sim-panel-batch" aria-labelledby="sim-tab-batch" hidden={tab !== 'batch'}>
        {/* Mounted only while shown, as before: the canvas shows a batch's counts only with its tab. */}
        {scenario && tab === 'batch' && (
          <BatchPanel
            flow={flow}
            base={scenario}
            client={client}
            onOpenVariant={openVariant}
            onCoverage={props.onCoverage}
          />
        )}
      </div>
      <div role="tabpanel" id="sim-panel-tests" aria-labelledby="sim-tab-tests" hidden={tab !== 'tests'}>
        <TestsPanel
          flow={flow}
          scenarios={scenarios}
          client={client}
          onOpen={(i) => {
            setSelected(i);
            const s = scenarios[i];
            if (s && scenarioMessages(flow, s).size === 0) void start(s, i);
          }}
        />
      </div>
    </div>
  );
}
