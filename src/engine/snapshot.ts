import type { EndReason, TimelineEntry } from '../domain/timeline';
import type { EventType } from '../domain/types';
import type { Json } from './fields';
import type { Interpreter } from './interpreter';
import type { EventSource, Job, RunJob } from './jobs';

export const SNAPSHOT_FORMAT = 'orderflow.run';
export const SNAPSHOT_VERSION = 1;

export type SnapshotJob =
  | { kind: 'run'; time: number; ins: number; robot: string; failBasis?: string }
  | {
      kind: 'event';
      time: number;
      ins: number;
      type: EventType;
      source: EventSource;
      robot?: string;
      data?: Json;
    };

/**
 * A paused run as plain JSON (times in epoch milliseconds), so a backend can store it and resume it
 * later against the same flow and scenario.
 */
export interface RunSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  flowId: string;
  clock: number;
  lastLogged: number;
  ins: number;
  seq: number;
  moves: number;
  status: string;
  ended: boolean;
  endReason?: EndReason;
  order: Json;
  contact: Json;
  company: Json | null;
  outputs: Record<string, Json>;
  codesGenerated: number;
  previousMailboxId?: string;
  objectIds: Record<string, number>;
  /** Queued jobs in queue order. */
  queue: SnapshotJob[];
  /** How many of the scenario's recorded skips were applied (absent: none). */
  skipsApplied?: number;
  /** Entries logged but not yet handed out by `next()`. */
  buffered: TimelineEntry[];
  /** Entries handed out so far (the step API's history). */
  delivered: TimelineEntry[];
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The interpreter's state as plain JSON. */
export function takeSnapshot(
  it: Interpreter,
  buffered: TimelineEntry[],
  delivered: TimelineEntry[],
): RunSnapshot {
  const queue: SnapshotJob[] = [];
  for (const job of it.queue.ordered()) {
    if (job.kind === 'run') {
      if (!job.queued) continue;
      queue.push(
        job.failBasis === undefined
          ? { kind: 'run', time: job.time, ins: job.ins, robot: job.robot.id }
          : { kind: 'run', time: job.time, ins: job.ins, robot: job.robot.id, failBasis: job.failBasis },
      );
    } else {
      const e: SnapshotJob = {
        kind: 'event',
        time: job.time,
        ins: job.ins,
        type: job.type,
        source: job.source,
      };
      if (job.emitter !== undefined) e.robot = job.emitter;
      if (job.data !== undefined) e.data = job.data;
      queue.push(e);
    }
  }
  const snapshot: RunSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    flowId: it.cf.flow.id,
    clock: it.clock,
    lastLogged: it.lastLogged,
    ins: it.ins,
    seq: it.seq,
    moves: it.moves,
    status: it.status,
    ended: it.ended,
    order: it.src.order,
    contact: it.src.contact,
    company: it.src.company,
    outputs: Object.fromEntries(it.src.outputs),
    codesGenerated: it.counters.codesGenerated,
    objectIds: it.counters.objectIds,
    queue,
    buffered,
    delivered,
  };
  if (it.endReason !== undefined) snapshot.endReason = it.endReason;
  if (it.skipsApplied > 0) snapshot.skipsApplied = it.skipsApplied;
  if (it.counters.previousMailboxId !== undefined) snapshot.previousMailboxId = it.counters.previousMailboxId;
  return copy(snapshot);
}

/** Puts a snapshot's state into an interpreter built for the same flow and scenario. */
export function applySnapshot(it: Interpreter, raw: RunSnapshot): void {
  if (raw.format !== SNAPSHOT_FORMAT || raw.version !== SNAPSHOT_VERSION)
    throw new Error('Not a run snapshot of version 1');
  if (raw.flowId !== it.cf.flow.id)
    throw new Error(`The snapshot is of flow "${raw.flowId}", not "${it.cf.flow.id}"`);
  const s = copy(raw);
  it.clock = s.clock;
  it.lastLogged = s.lastLogged;
  it.ins = s.ins;
  it.seq = s.seq;
  it.moves = s.moves;
  it.status = s.status;
  it.ended = s.ended;
  it.endReason = s.endReason;
  it.skipsApplied = s.skipsApplied ?? 0;
  it.src.order = s.order;
  it.src.contact = s.contact;
  it.src.company = s.company;
  const outputs = it.src.outputs as Map<string, Json>;
  outputs.clear();
  for (const [id, output] of Object.entries(s.outputs)) outputs.set(id, output);
  it.counters.codesGenerated = s.codesGenerated;
  it.counters.previousMailboxId = s.previousMailboxId;
  it.counters.objectIds = s.objectIds;
  it.queue.clear();
  const runs: RunJob[] = [];
  for (const j of s.queue) {
    let job: Job;
    if (j.kind === 'run') {
      const robot = it.cf.robots.get(j.robot);
      if (!robot)
        throw new Error(`The snapshot's queue names robot "${j.robot}", which the flow does not have`);
      job = { kind: 'run', time: j.time, ins: j.ins, robot, failBasis: j.failBasis, queued: true };
      runs.push(job);
    } else {
      job = {
        kind: 'event',
        time: j.time,
        ins: j.ins,
        type: j.type,
        data: j.data,
        source: j.source,
        emitter: j.robot,
      };
    }
    it.queue.push(job);
  }
  // Every queued run belongs to the current entry (leaving removes the others): insertion order.
  it.currentRuns = runs.sort((a, b) => a.ins - b.ins);
}
