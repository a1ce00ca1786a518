import type { Flow } from '../flow';
import type { EndReason, Timeline, TimelineEntry } from '../timeline';
import { instantMs } from './time';

/** What a robot looks like on the canvas at one point of a run (Bitrix24's per-order view). */
export type RobotState =
  | { state: 'idle' }
  | {
      state: 'waiting';
      runAt: string;
      timeLeftMs: number;
      /** False when "Skip pause" cannot act here (the jobs of this instant run it or cancel it first). */
      skippable?: boolean;
    }
  | { state: 'done'; at: string; output: Record<string, unknown> }
  | { state: 'failed'; at: string; error: string }
  | { state: 'skipped'; at: string; reason: 'disabled' | 'condition' }
  | { state: 'cancelled'; at: string; reason: 'status.left' | 'order.canceled' };

export type RobotStateKind = RobotState['state'];

export interface TriggerState {
  /** How many times the trigger fired up to this point. */
  fired: number;
}

/** Why a robot was not done or a trigger did not fire, as its card says it (docs/semantics.md §5). */
export interface NodeReason {
  /** A few words for the card's line ("Condition false: Paid was false"). */
  short: string;
  /** The whole sentence, with the deciding values, for hover, focus and screen readers. */
  full: string;
}

/** The whole picture at a playback position. */
export interface NodeStates {
  /** The simulated clock: the time of the entry at the position. */
  now: string;
  /** The order's status at the position (the lane to highlight). */
  status: string;
  robots: Record<string, RobotState>;
  triggers: Record<string, TriggerState>;
  /** Set once the position reaches the run's `end` entry. */
  ended?: EndReason;
  /** Per robot or trigger id, why it has not done its thing as of this moment (set by the simulator). */
  reasons?: Record<string, NodeReason>;
}

/** Clamps a position to the timeline's entries (an empty timeline has none to show). */
export function clampPosition(timeline: Timeline, position: number): number {
  const last = timeline.entries.length - 1;
  if (last < 0) return -1;
  return Math.min(Math.max(0, Math.trunc(position)), last);
}

/**
 * Node states after the entries 0..position (inclusive) have happened. Entering a status resets its
 * robots to idle: a new entry runs them afresh, so an earlier entry's results would mislead.
 */
export function nodeStates(flow: Flow, timeline: Timeline, position: number): NodeStates {
  const robots: Record<string, RobotState> = {};
  const robotsOf = new Map<string, string[]>();
  for (const r of flow.robots) {
    robots[r.id] = { state: 'idle' };
    robotsOf.set(r.status, [...(robotsOf.get(r.status) ?? []), r.id]);
  }
  const triggers: Record<string, TriggerState> = {};
  for (const t of flow.triggers) triggers[t.id] = { fired: 0 };

  const last = clampPosition(timeline, position);
  const first = timeline.entries[0];
  let status = first?.status ?? timeline.final.status;
  let now = first?.at ?? '';
  let ended: EndReason | undefined;
  const waiting = new Map<string, string>();

  for (let i = 0; i <= last; i++) {
    const e = timeline.entries[i]!;
    now = e.at;
    status = e.status;
    applyEntry(e, robots, triggers, robotsOf, waiting);
    if (e.kind === 'status.entered') status = e.status;
    if (e.kind === 'end') ended = e.reason;
  }

  // Time left is measured against the clock at the position, never negative.
  const nowMs = instantMs(now) ?? 0;
  for (const [id, runAt] of waiting) {
    robots[id] = { state: 'waiting', runAt, timeLeftMs: Math.max(0, (instantMs(runAt) ?? nowMs) - nowMs) };
  }
  const result: NodeStates = { now, status, robots, triggers };
  if (ended) result.ended = ended;
  return result;
}

function applyEntry(
  e: TimelineEntry,
  robots: Record<string, RobotState>,
  triggers: Record<string, TriggerState>,
  robotsOf: Map<string, string[]>,
  waiting: Map<string, string>,
): void {
  switch (e.kind) {
    case 'status.entered':
      for (const id of robotsOf.get(e.status) ?? []) {
        robots[id] = { state: 'idle' };
        waiting.delete(id);
      }
      return;
    case 'robot.scheduled':
      waiting.set(e.robot, e.runAt);
      return;
    case 'robot.done':
      waiting.delete(e.robot);
      robots[e.robot] = { state: 'done', at: e.at, output: e.output };
      return;
    case 'robot.failed':
      waiting.delete(e.robot);
      robots[e.robot] = { state: 'failed', at: e.at, error: e.error };
      return;
    case 'robot.skipped':
      waiting.delete(e.robot);
      robots[e.robot] = { state: 'skipped', at: e.at, reason: e.reason };
      return;
    case 'robot.cancelled':
      waiting.delete(e.robot);
      robots[e.robot] = { state: 'cancelled', at: e.at, reason: e.reason };
      return;
    case 'trigger.fired': {
      const t = triggers[e.trigger] ?? { fired: 0 };
      triggers[e.trigger] = { fired: t.fired + 1 };
      return;
    }
    case 'status.left':
    case 'event':
    case 'end':
      return;
  }
}
