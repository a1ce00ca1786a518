import type { EffectResult } from '../domain/catalog/types';
import type { FieldTypeOf } from '../domain/conditions';
import { catalogTypeOf, deepEqual, shipmentResolver } from '../domain/conditions';
import type { Flow } from '../domain/flow';
import { resolveEnvironment } from '../domain/reference/defaultEnvironment';
import type { Environment, Scenario } from '../domain/scenario';
import type { EndReason, TimelineEntry, TimelineEntryOf } from '../domain/timeline';
import type { EventType } from '../domain/types';
import type {
  CompiledFlow,
  CompiledRobot,
  CompiledTrigger,
  DefinitionLookup,
  ParsedSettings,
} from './compile';
import { compileFlow } from './compile';
import type { ContextCounters } from './context';
import { EngineContext } from './context';
import type { FieldSource, Json } from './fields';
import { cloneJson, mergeEventData, readField, writeField } from './fields';
import type { EventJob, EventSource, Job, RunJob } from './jobs';
import { JobQueue } from './queue';
import type { CompiledReaction } from './reactions';
import { compileReactions, reactsTo } from './reactions';
import type { RunTimeContext } from './runTime';
import { cannotScheduleMessage, computeRunTime } from './runTime';
import { formatInstant, parseInstant, resolveInstantOrDuration } from './time';

/** docs/semantics.md §4 rule 11 defaults. */
export const DEFAULT_MAX_TRANSITIONS = 100;
export const DEFAULT_MAX_ENTRIES = 100_000;
export const DEFAULT_UNTIL = 'P30D';

/** Thrown (and caught by `step`) when an `end` entry was logged in the middle of a job. */
const END_OF_RUN = { endOfRun: true };

/** A flow or scenario the engine cannot start (the CLI reports it as an invalid document). */
export class SimulationInputError extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
    this.name = 'SimulationInputError';
  }
}

export type EntrySink = (entry: TimelineEntry) => void;

/** Why a candidate trigger of an event did not fire (the explanations' raw material). */
export type TriggerMiss =
  | { reason: 'already-there' }
  | { reason: 'backward' }
  | { reason: 'filter'; setting: string; expected: unknown; actual: unknown }
  | { reason: 'condition' }
  | { reason: 'other-trigger'; fired: string };

/**
 * Watches the decisions the timeline does not log (explanations). Absent on the hot path: the
 * interpreter pays one undefined check per decision.
 */
export interface RunProbe {
  /** A robot's condition was false; `read` reads the order as it was then. */
  robotConditionFalse(robot: string, read: (path: string) => unknown, typeOf: FieldTypeOf): void;
  /** A trigger of the event's type did not fire. */
  triggerMissed(
    trigger: string,
    miss: TriggerMiss,
    read: (path: string) => unknown,
    typeOf: FieldTypeOf,
  ): void;
}

export interface InterpreterOptions {
  /** Robot definitions to use instead of the catalog's (tests). */
  definitions?: DefinitionLookup;
  /** Told why robots were skipped and triggers did not fire. */
  probe?: RunProbe;
}

type MoveReason = 'status.left' | 'order.canceled';

const typeOfCache = new WeakMap<object, FieldTypeOf>();
const shipmentTypes = catalogTypeOf();

/**
 * The interpreter of docs/semantics.md §4: one order walked through one flow. `step()` runs one job; entries go
 * to the sink as they are logged. The state is plain data (see snapshot.ts) so a run can be paused,
 * stored and resumed.
 */
export class Interpreter {
  readonly cf: CompiledFlow;
  readonly env: Environment;
  readonly startMs: number;
  readonly untilMs: number;
  readonly maxTransitions: number;
  readonly maxEntries: number;
  readonly queue = new JobQueue<Job>();
  readonly src: FieldSource;
  readonly counters: ContextCounters = { codesGenerated: 0, previousMailboxId: undefined, objectIds: {} };

  ins = 0;
  seq = 0;
  moves = 0;
  clock: number;
  lastLogged: number;
  status: string;
  /** Queued runs of the current entry, in insertion order (cancellation order, rule 6). */
  currentRuns: RunJob[] = [];
  ended = false;
  endReason: EndReason | undefined;

  /** Recorded skipped pauses (scenario `skips`) by instant, and how many were applied. */
  readonly skips: { ms: number; robot: string }[];
  skipsApplied = 0;

  /** The run being executed until its first entry is logged (see nextSeq). */
  private running: RunJob | undefined;
  private readonly ctx: EngineContext;
  private readonly reactions: Map<string, CompiledReaction[]>;
  private readonly typeOf: FieldTypeOf;
  private readonly rt: RunTimeContext;
  private readonly probe: RunProbe | undefined;
  /** Reads a field of this run (conditions, delays); bound once, as conditions take it as a callback. */
  private readonly read: (path: string) => unknown;

  constructor(
    flow: Flow,
    readonly scenario: Scenario,
    public sink: EntrySink,
    options: InterpreterOptions = {},
  ) {
    this.cf = compileFlow(flow, options.definitions);
    this.probe = options.probe;
    const zone = this.cf.zone;
    this.env = resolveEnvironment(scenario.environment as Partial<Environment> | undefined);
    if (!this.cf.statusIndex.has(scenario.start.status)) {
      throw new SimulationInputError(`Unknown start status "${scenario.start.status}"`, ['start', 'status']);
    }
    this.startMs = parseInstant(scenario.start.at) ?? Number.NaN;
    if (Number.isNaN(this.startMs)) throw new SimulationInputError('Invalid start instant', ['start', 'at']);
    // An `until` before the start would stamp the end before the start's entries: it is raised to the start.
    this.untilMs = Math.max(
      this.startMs,
      resolveInstantOrDuration(scenario.until ?? DEFAULT_UNTIL, this.startMs, zone),
    );
    this.maxTransitions = scenario.limits?.maxTransitions ?? DEFAULT_MAX_TRANSITIONS;
    this.maxEntries = scenario.limits?.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.clock = this.lastLogged = this.startMs;
    this.status = scenario.start.status;
    this.src = {
      order: cloneJson(scenario.order) as Json,
      contact: cloneJson(scenario.contact) as Json,
      company: scenario.company ? (cloneJson(scenario.company) as Json) : null,
      employees: this.env.employees,
      outputs: new Map(),
    };
    // A member assignment, not bind() or a class field: under tsx both of those redefine the
    // function's name per order, which showed up in profiles.
    const src = this.src;
    this.read = (path) => readField(src, path);
    this.ctx = new EngineContext(zone, this.env, flow.statuses, this.src, this.counters);
    this.reactions = compileReactions(scenario.reactions);
    this.typeOf = typeOfFor(this.env.customFields);
    this.rt = { zone, workTime: this.cf.workTime, read: this.read };
    // Stable by instant: two skips at one instant apply in the order they were recorded.
    this.skips = (scenario.skips ?? [])
      .map((k, i) => ({ ms: parseInstant(k.at) ?? Number.NaN, robot: k.robot, i }))
      .filter((k) => !Number.isNaN(k.ms))
      .sort((a, b) => a.ms - b.ms || a.i - b.i)
      .map(({ ms, robot }) => ({ ms, robot }));
  }

  /**
   * The instant of the next thing the run does (a job, or a recorded skip); undefined when nothing
   * is left. A skip comes after every job due at its instant (those were already due when the
   * analyst pressed "Skip pause"), so it counts only when it is earlier than the next job.
   */
  nextTime(): number | undefined {
    const job = this.queue.peek();
    const skip = this.skips[this.skipsApplied];
    if (skip && skip.ms <= this.untilMs && (!job || skip.ms < job.time)) return Math.max(skip.ms, this.clock);
    if (!job) return undefined;
    return job.time > this.untilMs ? this.untilMs : job.time;
  }

  /** docs/semantics.md §4 rule 2: enter the start status, then queue the scenario's events in array order. */
  begin(): void {
    try {
      this.enter(this.scenario.start.status, null, 'start', undefined);
      for (const e of this.scenario.events) {
        const at = resolveInstantOrDuration(e.at, this.startMs, this.cf.zone);
        // An event dated before the start happens at the start.
        this.queueEvent(Math.max(at, this.startMs), e.type, e.data, 'scenario', undefined);
      }
    } catch (e) {
      if (e !== END_OF_RUN) throw e;
    }
  }

  /** Runs the next job (or logs the end); false once the run has ended. */
  step(): boolean {
    if (this.ended) return false;
    // try/catch inline rather than through guard(): no closure per job on the hot path.
    try {
      const job = this.queue.peek();
      const skip = this.skips[this.skipsApplied];
      if (skip && skip.ms <= this.untilMs && (!job || skip.ms < job.time)) {
        this.skipsApplied++;
        // A skip recorded before the clock (an edited scenario) acts now: time never runs backwards.
        this.clock = Math.max(this.clock, skip.ms);
        // A skip whose robot no longer waits (the design changed since) does nothing.
        this.runNow(skip.robot);
        return !this.ended;
      }
      if (!job) this.finish('idle', this.lastLogged);
      else if (job.time > this.untilMs) this.finish('until', this.untilMs);
      else {
        this.queue.pop();
        this.clock = job.time;
        if (job.kind === 'run') this.runRobot(job);
        else this.runEvent(job);
      }
    } catch (e) {
      if (e !== END_OF_RUN) throw e;
    }
    return !this.ended;
  }

  /** Runs a queued robot now, ahead of its delay (the step API's skipDelay); false if none waits. */
  runNow(robotId: string): boolean {
    if (this.ended) return false;
    const job = this.currentRuns.find((j) => j.queued && j.robot.id === robotId);
    if (!job) return false;
    this.queue.removeWhere((j) => j === job);
    this.guard(() => this.runRobot(job));
    return true;
  }

  /** The robot runs still queued, in queue order (`final.pending`). */
  pending(): { robot: string; runAt: string }[] {
    const out: { robot: string; runAt: string }[] = [];
    for (const job of this.queue.ordered()) {
      if (job.kind === 'run' && job.queued) out.push({ robot: job.robot.id, runAt: formatInstant(job.time) });
    }
    return out;
  }

  private clockIsoMs = Number.NaN;
  private clockIso = '';
  /** The clock as the timeline writes it, kept while the clock stands still (most entries share it). */
  private nowIso(): string {
    if (this.clock !== this.clockIsoMs) {
      this.clockIsoMs = this.clock;
      this.clockIso = formatInstant(this.clock);
    }
    return this.clockIso;
  }

  private guard(work: () => void): void {
    try {
      work();
    } catch (e) {
      if (e !== END_OF_RUN) throw e;
    }
  }

  /** The next seq number; docs/semantics.md §4 rule 11: once maxEntries entries are logged, the next is `end`. */
  private nextSeq(): number {
    if (this.seq >= this.maxEntries) {
      // A run the end kept from logging its outcome is still pending (docs/semantics.md §4.1 "The end").
      const kept = this.running;
      if (kept) {
        kept.queued = true;
        this.queue.push(kept);
      }
      this.finish('limit', this.lastLogged);
      throw END_OF_RUN;
    }
    this.running = undefined;
    this.lastLogged = this.clock;
    return ++this.seq;
  }

  private finish(reason: EndReason, atMs: number): void {
    this.ended = true;
    this.endReason = reason;
    this.sink({ seq: ++this.seq, at: formatInstant(atMs), kind: 'end', status: this.status, reason });
  }

  /** docs/semantics.md §4 rule 3. */
  private enter(
    target: string,
    from: string | null,
    cause: 'start' | 'trigger' | 'robot',
    by: string | undefined,
  ): void {
    // The seq is taken first: when the entry limit ends the run here, the order never entered `target`.
    const seq = this.nextSeq();
    this.status = target;
    this.currentRuns = [];
    const at = this.nowIso();
    this.sink(
      by === undefined
        ? { seq, at, kind: 'status.entered', status: target, from, cause }
        : { seq, at, kind: 'status.entered', status: target, from, cause, by },
    );
    const roots = this.cf.roots.get(target);
    if (roots) for (const robot of roots) this.reach(robot);
  }

  /** docs/semantics.md §4 rule 4. */
  private reach(r: CompiledRobot): void {
    if (r.robot.disabled) {
      this.sink({
        seq: this.nextSeq(),
        at: this.nowIso(),
        kind: 'robot.skipped',
        status: this.status,
        robot: r.id,
        reason: 'disabled',
      });
      for (const next of r.next) this.reach(next);
      return;
    }
    const runTime = computeRunTime(r.robot.delay, this.clock, this.rt);
    this.sink({
      seq: this.nextSeq(),
      at: this.nowIso(),
      kind: 'robot.scheduled',
      status: this.status,
      robot: r.id,
      runAt: formatInstant(runTime.at),
    });
    const job: RunJob = {
      kind: 'run',
      time: runTime.at,
      ins: ++this.ins,
      robot: r,
      failBasis: runTime.failBasis,
      queued: true,
    };
    this.queue.push(job);
    this.currentRuns.push(job);
  }

  /** docs/semantics.md §4 rule 5. */
  private runRobot(job: RunJob): void {
    job.queued = false;
    this.running = job;
    const r = job.robot;
    if (job.failBasis !== undefined) return this.failed(r, cannotScheduleMessage(job.failBasis));
    if (r.condition && !r.condition(this.read, this.typeOf)) {
      this.probe?.robotConditionFalse(r.id, this.read, this.typeOf);
      this.sink({
        seq: this.nextSeq(),
        at: this.nowIso(),
        kind: 'robot.skipped',
        status: this.status,
        robot: r.id,
        reason: 'condition',
      });
      return this.reachNext(r);
    }
    if (!r.settings.ok) return this.failed(r, this.settingsFailure(r, r.settings));
    const result = this.effect(r, r.settings.value);
    if (!result.ok) {
      this.ctx.rollback();
      return this.failed(r, result.error);
    }
    if (result.moveTo !== undefined && !this.cf.statusIndex.has(result.moveTo)) {
      this.ctx.rollback();
      return this.failed(r, `Unknown status "${result.moveTo}"`);
    }
    this.sink({
      seq: this.nextSeq(),
      at: this.nowIso(),
      kind: 'robot.done',
      status: this.status,
      robot: r.id,
      output: result.output,
    });
    // Applied after robot.done is logged: when the entry limit ends the run there, nothing changed.
    if (result.set) for (const path in result.set) writeField(this.src, path, result.set[path]);
    (this.src.outputs as Map<string, Json>).set(r.id, result.output);
    if (result.usedCodeSequence) this.counters.codesGenerated++;
    if (result.mailboxId !== undefined) this.counters.previousMailboxId = result.mailboxId;
    if (result.moveTo !== undefined) {
      // The chain ends with the move.
      this.move(result.moveTo, 'robot', r.id, result.cancels ? 'order.canceled' : 'status.left');
    } else this.reachNext(r);
    if (result.emit) for (const e of result.emit) this.queueEvent(this.clock, e.type, e.data, 'robot', r.id);
  }

  /**
   * The failure of a robot whose settings its schema rejects. The effect still runs on the raw
   * settings, because the messages of docs/semantics.md §3.1 are what users expect where they apply (an email with
   * no sender fails "The message sender is not specified"); when the effect fails, that is the
   * error. When it succeeds or throws on settings it was never meant to see, its result is dropped
   * and the robot fails with the setting's plain-language problem.
   */
  private settingsFailure(r: CompiledRobot, settings: Extract<ParsedSettings, { ok: false }>): string {
    if (!r.def || settings.raw === undefined) return settings.error;
    const result = this.tryEffect(r, settings.raw);
    this.ctx.rollback();
    return result === undefined || result.ok ? settings.error : result.error;
  }

  private effect(r: CompiledRobot, settings: unknown): EffectResult {
    return this.tryEffect(r, settings) ?? { ok: false, error: this.thrown };
  }

  /** The last message an effect threw (see tryEffect). */
  private thrown = '';

  /** Calls the effect; undefined when it threw (its message is kept in `thrown`). */
  private tryEffect(r: CompiledRobot, settings: unknown): EffectResult | undefined {
    this.ctx.beginEffect(r.id, this.nowIso(), this.clock);
    try {
      return r.def!.effect(settings, this.ctx);
    } catch (e) {
      // A defect in an effect must not take the whole simulation down: the robot fails visibly.
      this.thrown = `Robot failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`;
      return undefined;
    }
  }

  private failed(r: CompiledRobot, error: string): void {
    this.sink({
      seq: this.nextSeq(),
      at: this.nowIso(),
      kind: 'robot.failed',
      status: this.status,
      robot: r.id,
      error,
    });
    this.reachNext(r);
  }

  private reachNext(r: CompiledRobot): void {
    for (const next of r.next) this.reach(next);
  }

  /** docs/semantics.md §4 rules 6 and 11 (loop guard). */
  private move(target: string, cause: 'trigger' | 'robot', by: string, reason: MoveReason): void {
    if (this.moves >= this.maxTransitions) {
      this.finish('loop-guard', this.lastLogged);
      throw END_OF_RUN;
    }
    this.moves++;
    const from = this.status;
    if (cause === 'trigger') {
      this.sink({
        seq: this.nextSeq(),
        at: this.nowIso(),
        kind: 'trigger.fired',
        status: from,
        trigger: by,
        from,
        to: target,
      });
    }
    this.leave(target, reason);
    this.enter(target, from, cause, by);
  }

  private leave(target: string, reason: MoveReason): void {
    let cancelled = false;
    for (const job of this.currentRuns) {
      if (!job.queued) continue;
      this.sink({
        seq: this.nextSeq(),
        at: this.nowIso(),
        kind: 'robot.cancelled',
        status: this.status,
        robot: job.robot.id,
        reason,
      });
      job.queued = false;
      cancelled = true;
    }
    if (cancelled) this.queue.removeWhere((j) => j.kind === 'run' && !j.queued);
    this.sink({
      seq: this.nextSeq(),
      at: this.nowIso(),
      kind: 'status.left',
      status: this.status,
      to: target,
    });
  }

  private queueEvent(
    time: number,
    type: EventType,
    data: Json | undefined,
    source: EventSource,
    emitter: string | undefined,
  ): void {
    const job: EventJob = { kind: 'event', time, ins: ++this.ins, type, data, source, emitter };
    this.queue.push(job);
  }

  /** docs/semantics.md §4 rule 7. */
  private runEvent(job: EventJob): void {
    const seq = this.nextSeq();
    const at = this.nowIso();
    const entry: TimelineEntryOf<'event'> = {
      seq,
      at,
      kind: 'event',
      status: this.status,
      event: job.type,
      source: job.source,
    };
    if (job.emitter !== undefined) entry.robot = job.emitter;
    if (job.data !== undefined) entry.data = job.data;
    this.sink(entry);
    mergeEventData(this.src, job.data);
    const trigger = this.findTrigger(job.type, job.data);
    if (trigger) this.move(trigger.trigger.status, 'trigger', trigger.trigger.id, 'status.left');
    const reactions = this.reactions.get(job.type);
    if (reactions) {
      for (const r of reactions) {
        if (reactsTo(r, job.source, job.emitter))
          this.queueEvent(r.later(this.clock, this.cf.zone), r.type, r.data, 'reaction', undefined);
      }
    }
  }

  /** The walk of rule 7 / §4.1: pipeline order from the first status, the current status excluded. */
  private findTrigger(type: EventType, data: Json | undefined): CompiledTrigger | undefined {
    const candidates = this.cf.triggers.get(type);
    if (!candidates) return undefined;
    const current = this.cf.statusIndex.get(this.status)!;
    const probe = this.probe;
    let fired: CompiledTrigger | undefined;
    for (const t of candidates) {
      if (fired) {
        probe!.triggerMissed(
          t.trigger.id,
          { reason: 'other-trigger', fired: fired.trigger.id },
          this.read,
          this.typeOf,
        );
        continue;
      }
      const miss = this.missOf(t, current, data);
      if (miss === undefined) {
        // Without a probe the walk stops at the first match; with one it goes on to say why the rest did not fire.
        if (!probe) return t;
        fired = t;
      } else probe?.triggerMissed(t.trigger.id, miss, this.read, this.typeOf);
    }
    return fired;
  }

  /** Why a candidate trigger does not fire for this event, or undefined when it does. */
  private missOf(t: CompiledTrigger, current: number, data: Json | undefined): TriggerMiss | undefined {
    if (t.statusIndex === current) return ALREADY_THERE;
    if (t.statusIndex < current && !t.trigger.allowBackward) return BACKWARD;
    const filter = settingsMiss(t, data);
    if (filter) return filter;
    if (t.condition && !t.condition(this.read, this.typeOf)) return CONDITION;
    return undefined;
  }
}

const ALREADY_THERE: TriggerMiss = { reason: 'already-there' };
const BACKWARD: TriggerMiss = { reason: 'backward' };
const CONDITION: TriggerMiss = { reason: 'condition' };

/** docs/semantics.md §3.2: a set type-specific setting must equal the event data's field of the same name. */
function settingsMiss(t: CompiledTrigger, data: Json | undefined): TriggerMiss | undefined {
  if (t.firstOnly && data?.first !== true)
    return { reason: 'filter', setting: 'firstOnly', expected: true, actual: data?.first };
  for (const [key, value] of t.equal)
    if (!deepEqual(data?.[key], value))
      return { reason: 'filter', setting: key, expected: value, actual: data?.[key] };
  if (t.shipment && !t.shipment(shipmentResolver(data?.shipment), shipmentTypes))
    return { reason: 'filter', setting: 'shipmentCondition', expected: undefined, actual: data?.shipment };
  return undefined;
}

function typeOfFor(customFields: Environment['customFields']): FieldTypeOf {
  let typeOf = typeOfCache.get(customFields);
  if (!typeOf) {
    typeOf = catalogTypeOf(customFields);
    typeOfCache.set(customFields, typeOf);
  }
  return typeOf;
}
