import type { Flow } from '../flow';
import type { EndReason, Timeline } from '../timeline';
import { END_REASONS } from '../timeline';
import type { Variant } from './variants';
import type { MessageChannel } from './forecast';
import { channelOf, smsParts } from './forecast';

/**
 * Per robot, one outcome per run, so the counts add up to the runs: done when it was done at least
 * once, else failed, else skipped, else cancelled; `neverReached` when it did none of these (never
 * reached, or still waiting when the run ended).
 */
export interface RobotCoverage {
  done: number;
  skipped: number;
  failed: number;
  cancelled: number;
  neverReached: number;
}

export interface TriggerCoverage {
  /** Firings over all runs. */
  fired: number;
  /** Runs in which it fired at least once. */
  runs: number;
}

/** A variant whose run had failing robots; it carries its scenario so it can be opened as a single run. */
export interface FailingVariant {
  variant: Variant;
  errors: { robot: string; error: string }[];
}

/** What a batch of runs covered of a flow. */
export interface Coverage {
  runs: number;
  robots: Record<string, RobotCoverage>;
  triggers: Record<string, TriggerCoverage>;
  /** Runs that entered each status at least once (the start included). */
  statuses: Record<string, number>;
  /** Runs that ended in each status. */
  finalStatuses: Record<string, number>;
  endReasons: Record<EndReason, number>;
  /** Runs stopped by the loop guard (limits.maxTransitions). */
  loopGuard: number;
  failures: FailingVariant[];
  /** Messages sent (robot.done of the messaging robots), per robot: the forecast's raw counts. */
  messages: Record<string, MessageTally>;
}

/** What one messaging robot sent over the batch. */
export interface MessageTally {
  channel: MessageChannel;
  status: string;
  sent: number;
  /** SMS only: the billed parts (GSM-7 160/153, UCS-2 70/67). */
  parts: number;
}

/** One run of a batch. */
export interface BatchResult {
  variant: Variant;
  timeline: Timeline;
}

/** An empty tally for a flow: every robot, trigger and status listed with zero. */
export function emptyCoverage(flow: Flow): Coverage {
  return {
    runs: 0,
    robots: Object.fromEntries(
      flow.robots.map((r) => [r.id, { done: 0, skipped: 0, failed: 0, cancelled: 0, neverReached: 0 }]),
    ),
    triggers: Object.fromEntries(flow.triggers.map((t) => [t.id, { fired: 0, runs: 0 }])),
    statuses: Object.fromEntries(flow.statuses.map((s) => [s.id, 0])),
    finalStatuses: {},
    endReasons: Object.fromEntries(END_REASONS.map((r) => [r, 0])) as Record<EndReason, number>,
    loopGuard: 0,
    failures: [],
    messages: {},
  };
}

/** The run's one outcome for a robot: the first of these it had. */
const OUTCOME_ORDER = ['done', 'failed', 'skipped', 'cancelled'] as const;

/** Robot id → type, for the message tally (built once per batch). */
export function robotTypesOf(flow: Flow): Map<string, string> {
  return new Map(flow.robots.map((r) => [r.id as string, r.type as string]));
}

const bump = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);

/**
 * Adds one run to a tally (mutates it: a batch of thousands folds runs in one by one and can drop
 * each timeline afterwards).
 */
export function addRun(
  cov: Coverage,
  result: BatchResult,
  robotTypes: ReadonlyMap<string, string> = new Map(),
): Coverage {
  const outcomes = new Map<string, Set<keyof RobotCoverage>>();
  const fired = new Map<string, number>();
  const entered = new Set<string>();
  const errors: FailingVariant['errors'] = [];
  const mark = (robot: string, what: keyof RobotCoverage) => {
    const set = outcomes.get(robot) ?? new Set();
    set.add(what);
    outcomes.set(robot, set);
  };
  for (const e of result.timeline.entries) {
    switch (e.kind) {
      case 'status.entered':
        entered.add(e.status);
        break;
      case 'robot.scheduled':
        outcomes.set(e.robot, outcomes.get(e.robot) ?? new Set());
        break;
      case 'robot.done': {
        mark(e.robot, 'done');
        const channel = channelOf(robotTypes.get(e.robot));
        if (channel) {
          const tally = (cov.messages[e.robot] ??= { channel, status: e.status, sent: 0, parts: 0 });
          tally.sent += 1;
          if (channel === 'sms') tally.parts += smsParts(String((e.output as { text?: unknown }).text ?? ''));
        }
        break;
      }
      case 'robot.skipped':
        mark(e.robot, 'skipped');
        break;
      case 'robot.cancelled':
        mark(e.robot, 'cancelled');
        break;
      case 'robot.failed':
        mark(e.robot, 'failed');
        if (!errors.some((x) => x.robot === e.robot && x.error === e.error))
          errors.push({ robot: e.robot, error: e.error });
        break;
      case 'trigger.fired':
        fired.set(e.trigger, (fired.get(e.trigger) ?? 0) + 1);
        break;
      case 'end':
        cov.endReasons[e.reason] += 1;
        if (e.reason === 'loop-guard') cov.loopGuard += 1;
        break;
      case 'event':
      case 'status.left':
        break;
    }
  }
  cov.runs += 1;
  for (const [id, tally] of Object.entries(cov.robots)) {
    const seen = outcomes.get(id);
    const outcome = seen && OUTCOME_ORDER.find((what) => seen.has(what));
    tally[outcome || 'neverReached'] += 1;
  }
  for (const [id, count] of fired) {
    const t = (cov.triggers[id] ??= { fired: 0, runs: 0 });
    t.fired += count;
    t.runs += 1;
  }
  for (const status of entered) bump(cov.statuses, status);
  bump(cov.finalStatuses, result.timeline.final.status);
  if (errors.length) cov.failures.push({ variant: result.variant, errors });
  return cov;
}

/** What a batch of runs covered: per robot, trigger and status, end reasons and the failing variants. */
export function coverage(flow: Flow, results: Iterable<BatchResult>): Coverage {
  const cov = emptyCoverage(flow);
  const types = robotTypesOf(flow);
  for (const r of results) addRun(cov, r, types);
  return cov;
}
