import type { Translator } from '../i18n/translator';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import { simulate, SimulationInputError } from '../engine';
import type { ExpectationVerdict } from '../engine/expectations';
import { judgeExpectations } from '../engine/expectations';
import { explainRun } from '../engine/explain';

/** One scenario of the design, run and judged (the Tests tab; `orderflow test` judges the same way). */
export interface SuiteResult {
  index: number;
  name: string;
  /** Undefined when the scenario could not run (`error` says why). */
  verdicts?: ExpectationVerdict[];
  error?: string;
  passed: boolean;
}

/** What the scenarios together never exercised. Ids; the panel names them. */
export interface SuiteCoverage {
  robotsNeverDone: string[];
  triggersNeverFired: string[];
  /** Robots and triggers with a condition that never held / never failed in any run. */
  conditionsNeverTrue: string[];
  conditionsNeverFalse: string[];
  statusesNeverEntered: string[];
}

/** What the Tests tab shows: each scenario's verdicts and the coverage of them all. */
export interface SuiteOutcome {
  results: SuiteResult[];
  coverage: SuiteCoverage;
}

/** An unnamed scenario by its place in the list, as the scenario list calls it: "Scenario 2", «Сценарий 2». */
const unnamedScenario = (index: number, translator?: Translator): string =>
  translator ? translator.t('simulator.list.unnamed', { number: index + 1 }) : `Scenario ${index + 1}`;

/**
 * Runs scenarios one at a time against their expectations and measures what the runs covered, so a
 * caller can report progress and stop between two scenarios (the simulation worker does). A
 * condition counts as true when its robot got past it (done or failed) or its trigger fired, and as
 * false when the robot was skipped for it or the trigger's condition kept it from firing.
 */
export function createSuite(flow: Flow, translator?: Translator) {
  const done = new Set<string>();
  const fired = new Set<string>();
  const entered = new Set<string>();
  const condTrue = new Set<string>();
  const condFalse = new Set<string>();
  const results: SuiteResult[] = [];
  return {
    /** Runs and judges the scenario at `index` of the design's list. */
    add(scenario: Scenario, index: number): SuiteResult {
      const name = scenario.name || unnamedScenario(index, translator);
      let result: SuiteResult;
      try {
        const timeline = simulate(flow, scenario);
        for (const e of timeline.entries) {
          if (e.kind === 'robot.done') done.add(e.robot);
          if (e.kind === 'robot.done' || e.kind === 'robot.failed') condTrue.add(e.robot);
          if (e.kind === 'robot.skipped' && e.reason === 'condition') condFalse.add(e.robot);
          if (e.kind === 'trigger.fired') {
            fired.add(e.trigger);
            condTrue.add(e.trigger);
          }
          if (e.kind === 'status.entered') entered.add(e.status);
        }
        for (const x of explainRun(flow, scenario, timeline))
          if (x.node === 'trigger' && x.reason === 'condition-false') condFalse.add(x.id);
        const verdicts = judgeExpectations(flow, scenario, timeline, { ids: false }, translator);
        result = { index, name, verdicts, passed: verdicts.every((v) => v.holds) };
      } catch (e) {
        if (!(e instanceof SimulationInputError)) throw e;
        result = { index, name, error: e.message, passed: false };
      }
      results.push(result);
      return result;
    },
    /** The results so far and what they never covered. */
    finish(): SuiteOutcome {
      const conditional = [...flow.robots, ...flow.triggers]
        .filter((n) => n.condition !== undefined)
        .map((n) => n.id as string);
      return {
        results: [...results],
        coverage: {
          robotsNeverDone: flow.robots
            .filter((r) => !done.has(r.id) && !r.disabled)
            .map((r) => r.id as string),
          triggersNeverFired: flow.triggers.filter((t) => !fired.has(t.id)).map((t) => t.id as string),
          conditionsNeverTrue: conditional.filter((id) => !condTrue.has(id)),
          conditionsNeverFalse: conditional.filter((id) => !condFalse.has(id)),
          statusesNeverEntered: flow.statuses.filter((s) => !entered.has(s.id)).map((s) => s.id as string),
        },
      };
    },
  };
}

/** Runs every scenario and judges its expectations, and measures what the runs covered (`orderflow test` judges the same way). */
export function runSuite(flow: Flow, scenarios: readonly Scenario[], translator?: Translator): SuiteOutcome {
  const suite = createSuite(flow, translator);
  scenarios.forEach((scenario, index) => suite.add(scenario, index));
  return suite.finish();
}
