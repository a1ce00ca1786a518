import type { EventType } from '../domain/types';
import type { CompiledRobot } from './compile';
import type { Json } from './fields';
import type { Queued } from './queue';

/** Where an event came from (timeline `event.source`). */
export type EventSource = 'scenario' | 'robot' | 'reaction';

/** A queued robot run of the current entry (docs/semantics.md §4 rule 4). */
export interface RunJob extends Queued {
  kind: 'run';
  robot: CompiledRobot;
  /** The basis field that was empty when the robot was reached: the run fails (rule 8). */
  failBasis: string | undefined;
  /** False once the run ran or was cancelled. */
  queued: boolean;
}

/** A queued event (docs/semantics.md §4 rule 7). */
export interface EventJob extends Queued {
  kind: 'event';
  type: EventType;
  data: Json | undefined;
  source: EventSource;
  /** The robot that emitted it, for source `robot`. */
  emitter: string | undefined;
}

export type Job = RunJob | EventJob;
