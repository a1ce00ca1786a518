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

interface Observed {
  robots: Map<string, ClauseValue[]>;
  /** The last reason per trigger, with the instant (the clock when the event ran). */
  triggers: Map<string, { miss: TriggerMiss; clauses?: ClauseValue[]; status: string; at: string }>;
}

/**
 * The explanations of a run: the run is replayed with a probe (the engine is deterministic, so the
 * replay is the run) to learn what the timeline does not log — clause values, trigger filters.
 */
export function explainRun(flow: Flow, scenario: Scenario, timeline: Timeline): Explanation[] {
  const observed: Observed = { robots: new Map(), triggers: new Map() };
  let clock = scenario.start.at;
  let status = scenario.start.status as string;
  const probe: RunProbe = {
    robotConditionFalse(robot, read, typeOf) {
      const condition = flow.robots.find((r) => r.id === robot)?.condition;
      if (condition) observed.robots.set(robot, clauseValues(condition, read, typeOf));
    },
    triggerMissed(trigger, miss, read, typeOf) {
      const t = flow.triggers.find((x) => x.id === trigger);
      const clauses =
        miss.reason === 'condition' && t?.condition ? clauseValues(t.condition, read, typeOf) : undefined;
      observed.triggers.set(
        trigger,
        clauses ? { miss, clauses, status, at: clock } : { miss, status, at: clock },
      );
    },
  };
  simulate(flow, scenario, {
    collect: false,
    probe,
    onEntry: (e) => {
      clock = e.at;
      status = e.status;
    },
  });
  return [...explainRobots(flow, timeline, observed), ...explainTriggers(flow, timeline, observed)];
}

type RobotEntry = Extract<TimelineEntry, { robot: string }>;

function explainRobots(flow: Flow, timeline: Timeline, observed: Observed): Explanation[] {
  const byRobot = new Map<string, RobotEntry[]>();
  for (const e of timeline.entries) {
    if (e.kind === 'event' || !('robot' in e)) continue;
    const list = byRobot.get(e.robot) ?? [];
    list.push(e as RobotEntry);
    byRobot.set(e.robot, list);
  }
  const entered = new Set(timeline.entries.filter((e) => e.kind === 'status.entered').map((e) => e.status));
  const out: Explanation[] = [];
  for (const robot of flow.robots) {
    const id = robot.id as string;
    const entries = byRobot.get(id) ?? [];
    if (entries.some((e) => e.kind === 'robot.done')) continue;
    const waiting = timeline.final.pending.find((p) => p.robot === id);
    if (waiting) {
      out.push({ node: 'robot', id, reason: 'waiting-at-end', runAt: waiting.runAt });
      continue;
    }
    const last = [...entries].reverse().find((e) => e.kind !== 'robot.scheduled');
    if (!last) {
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
                clauses: observed.robots.get(id) ?? [],
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

function explainTriggers(flow: Flow, timeline: Timeline, observed: Observed): Explanation[] {
  const fired = new Set(timeline.entries.filter((e) => e.kind === 'trigger.fired').map((e) => e.trigger));
  const out: Explanation[] = [];
  for (const trigger of flow.triggers) {
    const id = trigger.id as string;
    if (fired.has(id)) continue;
    const seen = observed.triggers.get(id);
    if (!seen) {
      out.push({ node: 'trigger', id, reason: 'event-never-came', event: trigger.type });
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

export { formatExplanation, formatExplanations } from './explainText';
