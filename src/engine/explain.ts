import type { ConditionLeaf } from '../domain/condition';
import { conditionLeaves } from '../domain/condition';
import type { FieldTypeOf } from '../domain/conditions';
import { evaluateCondition } from '../domain/conditions';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline, TimelineEntry } from '../domain/timeline';
import type { RunProbe, TriggerMiss } from './interpreter';
import { simulate } from './simulate';

/** One clause of a condition with the value its field had when it was checked. */
export interface ClauseValue {
  field: string;
  op: ConditionLeaf['op'];
  value?: unknown;
  actual: unknown;
  holds: boolean;
}

/**
 * Why a robot or trigger did not do its thing in a run: one reason from a fixed list, with the
 * values that decided it. A robot did its thing when it was done at least once; a trigger when it
 * fired at least once.
 */
export type Explanation =
  | { node: 'robot'; id: string; reason: 'status-not-entered'; status: string }
  | { node: 'robot'; id: string; reason: 'chain-stopped'; previous: string }
  | { node: 'robot'; id: string; reason: 'disabled'; at: string }
  | { node: 'robot'; id: string; reason: 'condition-false'; at: string; clauses: ClauseValue[] }
  | { node: 'robot'; id: string; reason: 'failed'; at: string; error: string }
  | { node: 'robot'; id: string; reason: 'cancelled'; at: string; status: string; canceled: boolean }
  | { node: 'robot'; id: string; reason: 'waiting-at-end'; runAt: string }
  | { node: 'trigger'; id: string; reason: 'event-never-came'; event: string }
  | {
      node: 'trigger';
      id: string;
      reason: 'filter';
      at: string;
      setting: string;
      expected: unknown;
      actual: unknown;
    }
  | { node: 'trigger'; id: string; reason: 'condition-false'; at: string; clauses: ClauseValue[] }
  | { node: 'trigger'; id: string; reason: 'backward'; at: string; status: string }
  | { node: 'trigger'; id: string; reason: 'already-there'; at: string; status: string }
  | { node: 'trigger'; id: string; reason: 'other-trigger'; at: string; fired: string };

export type ExplanationReason = Explanation['reason'];

/** Each clause of a condition evaluated on its own against the order as it was. */
export function clauseValues(
  condition: Parameters<typeof conditionLeaves>[0],
  read: (path: string) => unknown,
  typeOf: FieldTypeOf,
): ClauseValue[] {
  return conditionLeaves(condition).map(({ leaf }) => {
    const clause: ClauseValue = {
      field: leaf.field,
      op: leaf.op,
      actual: structuredCloneSafe(read(leaf.field)),
      holds: evaluateCondition(leaf, read, typeOf),
    };
    if (leaf.value !== undefined) clause.value = leaf.value;
    return clause;
  });
}

const structuredCloneSafe = (v: unknown): unknown =>
  v === undefined ? undefined : JSON.parse(JSON.stringify(v));

/** What the replay saw, each with the position (entry index) from which it is known. */
export interface RunObservations {
  /** Per robot, the clause values each time its condition was false (index: its `robot.skipped`). */
  robots: Map<string, { index: number; clauses: ClauseValue[] }[]>;
  /** Per trigger, each miss (index: the `event` entry it answered), with the clock and the status. */
  triggers: Map<
    string,
    { index: number; miss: TriggerMiss; clauses?: ClauseValue[]; status: string; at: string }[]
  >;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Replays a run with a probe (the engine is deterministic, so the replay is the run) to learn what
 * the timeline does not log — clause values, trigger filters.
 */
export function observeRun(flow: Flow, scenario: Scenario): RunObservations {
  const observed: RunObservations = { robots: new Map(), triggers: new Map() };
  let clock = scenario.start.at;
  let status = scenario.start.status as string;
  let logged = 0;
  let lastEvent = -1;
  const probe: RunProbe = {
    robotConditionFalse(robot, read, typeOf) {
      const condition = flow.robots.find((r) => r.id === robot)?.condition;
      // The probe speaks just before the robot's `robot.skipped` is logged: that entry is next.
      if (condition)
        push(observed.robots, robot, { index: logged, clauses: clauseValues(condition, read, typeOf) });
    },
    triggerMissed(trigger, miss, read, typeOf) {
      const t = flow.triggers.find((x) => x.id === trigger);
      const clauses =
        miss.reason === 'condition' && t?.condition ? clauseValues(t.condition, read, typeOf) : undefined;
      const seen = { index: lastEvent, miss, status, at: clock };
      push(observed.triggers, trigger, clauses ? { ...seen, clauses } : seen);
    },
  };
  simulate(flow, scenario, {
    collect: false,
    probe,
    onEntry: (e) => {
      clock = e.at;
      status = e.status;
      if (e.kind === 'event') lastEvent = logged;
      logged++;
    },
  });
  return observed;
}

/** The explanations of a run (the Run tab, `simulate --explain`): as it stands at its end. */
export function explainRun(flow: Flow, scenario: Scenario, timeline: Timeline): Explanation[] {
  return explainAt(flow, timeline, observeRun(flow, scenario));
}

/**
 * The explanations as they stand once the entries 0..position have happened (playback's moment);
 * the whole run when `position` is absent or at its last entry. Before the end only what has already
 * happened is said (skipped, failed, cancelled, an event that missed): "never entered", "chain
 * stopped", "still waiting" and "never came" are only known once the run is over.
 */
export function explainAt(
  flow: Flow,
  timeline: Timeline,
  observed: RunObservations,
  position?: number,
): Explanation[] {
  const last = timeline.entries.length - 1;
  const upTo = position === undefined ? last : Math.min(position, last);
  const moment = { entries: timeline.entries.slice(0, upTo + 1), ended: upTo >= last, upTo };
  return [...explainRobots(flow, timeline, moment, observed), ...explainTriggers(flow, moment, observed)];
}

/** The entries that have happened, and whether that is the whole run. */
interface Moment {
  entries: readonly TimelineEntry[];
  ended: boolean;
  upTo: number;
}

/** The last of a node's observations known at the moment. */
const lastKnown = <T extends { index: number }>(list: readonly T[] | undefined, upTo: number) =>
  list ? [...list].reverse().find((o) => o.index <= upTo) : undefined;

type RobotEntry = Extract<TimelineEntry, { robot: string }>;

function explainRobots(
  flow: Flow,
  timeline: Timeline,
  moment: Moment,
  observed: RunObservations,
): Explanation[] {
  const byRobot = new Map<string, RobotEntry[]>();
  for (const e of moment.entries) {
    if (e.kind === 'event' || !('robot' in e)) continue;
    const list = byRobot.get(e.robot) ?? [];
    list.push(e as RobotEntry);
    byRobot.set(e.robot, list);
  }
  const entered = new Set(moment.entries.filter((e) => e.kind === 'status.entered').map((e) => e.status));
  const out: Explanation[] = [];
  for (const robot of flow.robots) {
    const id = robot.id as string;
    const entries = byRobot.get(id) ?? [];
    if (entries.some((e) => e.kind === 'robot.done')) continue;
    const waiting = moment.ended ? timeline.final.pending.find((p) => p.robot === id) : undefined;
    if (waiting) {
      out.push({ node: 'robot', id, reason: 'waiting-at-end', runAt: waiting.runAt });
      continue;
    }
    // Mid-run, a robot scheduled again since its last outcome is waiting: its card says so already.
    if (!moment.ended && entries.at(-1)?.kind === 'robot.scheduled') continue;
    const last = [...entries].reverse().find((e) => e.kind !== 'robot.scheduled');
    if (!last) {
      if (!moment.ended) continue;
      if (!entered.has(robot.status))
        out.push({ node: 'robot', id, reason: 'status-not-entered', status: robot.status });
      else if (robot.after) out.push({ node: 'robot', id, reason: 'chain-stopped', previous: robot.after });
      // A root robot of an entered status is always reached; only the entry limit keeps it back.
      else
        out.push({ node: 'robot', id, reason: 'waiting-at-end', runAt: timeline.entries.at(-1)?.at ?? '' });
      continue;
    }
    switch (last.kind) {
      case 'robot.skipped':
        out.push(
          last.reason === 'disabled'
            ? { node: 'robot', id, reason: 'disabled', at: last.at }
            : {
                node: 'robot',
                id,
                reason: 'condition-false',
                at: last.at,
                clauses: lastKnown(observed.robots.get(id), moment.upTo)?.clauses ?? [],
              },
        );
        break;
      case 'robot.failed':
        out.push({ node: 'robot', id, reason: 'failed', at: last.at, error: last.error });
        break;
      case 'robot.cancelled':
        out.push({
          node: 'robot',
          id,
          reason: 'cancelled',
          at: last.at,
          status: last.status,
          canceled: last.reason === 'order.canceled',
        });
        break;
      case 'robot.done':
        // It did its thing: nothing to explain.
        break;
    }
  }
  return out;
}

function explainTriggers(flow: Flow, moment: Moment, observed: RunObservations): Explanation[] {
  const fired = new Set(moment.entries.filter((e) => e.kind === 'trigger.fired').map((e) => e.trigger));
  const out: Explanation[] = [];
  for (const trigger of flow.triggers) {
    const id = trigger.id as string;
    if (fired.has(id)) continue;
    const seen = lastKnown(observed.triggers.get(id), moment.upTo);
    if (!seen) {
      if (moment.ended) out.push({ node: 'trigger', id, reason: 'event-never-came', event: trigger.type });
      continue;
    }
    const { miss, at } = seen;
    switch (miss.reason) {
      case 'already-there':
      case 'backward':
        out.push({ node: 'trigger', id, reason: miss.reason, at, status: seen.status });
        break;
      case 'filter':
        out.push({
          node: 'trigger',
          id,
          reason: 'filter',
          at,
          setting: miss.setting,
          expected: miss.expected,
          actual: miss.actual,
        });
        break;
      case 'condition':
        out.push({ node: 'trigger', id, reason: 'condition-false', at, clauses: seen.clauses ?? [] });
        break;
      case 'other-trigger':
        out.push({ node: 'trigger', id, reason: 'other-trigger', at, fired: miss.fired });
        break;
    }
  }
  return out;
}

export { formatExplanation, formatExplanations, shortExplanation } from './explainText';
