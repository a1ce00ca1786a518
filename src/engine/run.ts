import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline, TimelineEntry } from '../domain/timeline';
import { TIMELINE_FORMAT, TIMELINE_VERSION } from '../domain/timeline';
import type { InterpreterOptions } from './interpreter';
import { Interpreter } from './interpreter';
import type { RunSnapshot } from './snapshot';
import { applySnapshot, takeSnapshot } from './snapshot';
import { formatInstant, parseInstant } from './time';

/** A queued job as the simulator panel shows it. */
export type QueuedJobView =
  | { kind: 'robot'; robot: string; at: string }
  | { kind: 'event'; event: string; at: string; source: 'scenario' | 'robot' | 'reaction'; robot?: string };

export type TimelineFinal = Timeline['final'];

/** The step API over one simulated order (the browser's simulator, a backend's paused runs). */
export interface Run {
  /** The next timeline entry, or undefined once the `end` entry has been handed out. */
  next(): TimelineEntry | undefined;
  /** Runs every job due at or before `instant` (the end too, when it falls there); returns their entries. */
  runUntil(instant: string): TimelineEntry[];
  /** Runs to the end; returns the entries not handed out before. */
  runToEnd(): TimelineEntry[];
  /** The queued jobs in the order they will run. */
  peekQueue(): QueuedJobView[];
  /** Runs a waiting robot now, ahead of its delay (Bitrix24's "skip pause"); false when none waits. */
  skipDelay(robotId: string): boolean;
  /** The state as plain JSON. */
  snapshot(): RunSnapshot;
  /** Replaces the state with a snapshot taken from a run of the same flow and scenario. */
  restore(snapshot: RunSnapshot): void;
  /** True once the `end` entry has been logged. */
  readonly ended: boolean;
  /** The simulated clock (the time of the last job run). */
  readonly now: string;
  /** The order as it is now, and the runs still queued. */
  final(): TimelineFinal;
  /** The entries handed out so far, with the current final state. */
  timeline(): Timeline;
}

/** Starts a simulated run of one scenario through a flow (docs/semantics.md §4); entries come out one by one. */
export function createRun(flow: Flow, scenario: Scenario, options: InterpreterOptions = {}): Run {
  let buffered: TimelineEntry[] = [];
  let head = 0;
  let delivered: TimelineEntry[] = [];
  const it = new Interpreter(flow, scenario, (e) => buffered.push(e), options);
  it.begin();

  const take = (): TimelineEntry | undefined => {
    if (head < buffered.length) {
      const e = buffered[head++]!;
      delivered.push(e);
      if (head === buffered.length) {
        buffered = [];
        head = 0;
      }
      return e;
    }
    return undefined;
  };
  const drain = (): TimelineEntry[] => {
    const out: TimelineEntry[] = [];
    for (let e = take(); e; e = take()) out.push(e);
    return out;
  };
  const nextDue = (): number | undefined => it.nextTime() ?? it.lastLogged;

  const run: Run = {
    next() {
      for (;;) {
        const e = take();
        if (e) return e;
        if (!it.step() && head >= buffered.length) return undefined;
      }
    },
    runUntil(instant) {
      const limit = parseInstant(instant);
      if (limit === undefined) throw new Error(`Not an instant: "${instant}"`);
      while (!it.ended && (nextDue() ?? Infinity) <= limit) it.step();
      return drain();
    },
    runToEnd() {
      while (it.step());
      return drain();
    },
    peekQueue() {
      const out: QueuedJobView[] = [];
      for (const job of it.queue.ordered()) {
        const at = formatInstant(job.time);
        if (job.kind === 'run') {
          if (job.queued) out.push({ kind: 'robot', robot: job.robot.id, at });
        } else {
          const view: QueuedJobView = { kind: 'event', event: job.type, at, source: job.source };
          if (job.emitter !== undefined) view.robot = job.emitter;
          out.push(view);
        }
      }
      return out;
    },
    skipDelay: (robotId) => it.runNow(robotId),
    snapshot: () => takeSnapshot(it, buffered.slice(head), delivered),
    restore(snapshot) {
      applySnapshot(it, snapshot);
      buffered = [...snapshot.buffered];
      head = 0;
      delivered = [...snapshot.delivered];
    },
    get ended() {
      return it.ended;
    },
    get now() {
      return formatInstant(it.clock);
    },
    final: () => finalOf(it, true),
    timeline: () => ({
      format: TIMELINE_FORMAT,
      version: TIMELINE_VERSION,
      entries: [...delivered],
      final: finalOf(it, true),
    }),
  };
  return run;
}

/** The timeline's `final` (docs/semantics.md §5): a copy while the run may still change it. */
export function finalOf(it: Interpreter, copy: boolean): TimelineFinal {
  const { order, contact, company } = it.src;
  const final = {
    status: it.status,
    order: copy ? structuredClone(order) : order,
    contact: copy ? structuredClone(contact) : contact,
    company: company === null ? null : copy ? structuredClone(company) : company,
    pending: it.pending(),
  };
  return final as TimelineFinal;
}
