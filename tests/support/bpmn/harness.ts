import { EventEmitter } from 'node:events';
import { evaluate } from '@bpmn-io/feelin';
import { Engine } from 'bpmn-engine';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json';
import type { Flow } from '../../../src/domain/flow';
import { resolveEnvironment } from '../../../src/domain/reference/defaultEnvironment';
import type { Environment, Scenario } from '../../../src/domain/scenario';
import type { EventType } from '../../../src/domain/types';
import { compileFlow } from '../../../src/engine/compile';
import type { ContextCounters } from '../../../src/engine/context';
import { EngineContext } from '../../../src/engine/context';
import type { FieldSource, Json } from '../../../src/engine/fields';
import { cloneJson, mergeEventData, readField, writeField } from '../../../src/engine/fields';
import { compileReactions, reactsTo } from '../../../src/engine/reactions';
import { computeRunTime } from '../../../src/engine/runTime';
import { formatInstant, parseInstant, resolveInstantOrDuration } from '../../../src/engine/time';
import { DEFAULT_UNTIL } from '../../../src/engine/interpreter';
import { compileProcess } from '../../../src/io/bpmn/compile';
import { xmlId } from '../../../src/io/bpmn/graph';
import { createModdle } from '../../../src/io/bpmn/write';

/**
 * Runs an exported BPMN process in bpmn-engine the way Camunda would run it for one order, with
 * the simulator's robot effects as job workers, so the two can be compared.
 *
 * bpmn-engine knows no Zeebe extensions, so this harness supplies what Zeebe and a store integration
 * would: service tasks dispatch on `zeebe:taskDefinition` to workers that apply the catalog's
 * effects; `zeebe:ioMapping` outputs are applied; FEEL is evaluated with @bpmn-io/feelin (plus
 * Camunda's `date and time(instant, zone)` conversion, which feelin lacks); timers run on a virtual
 * clock; messages carry the event's data as `event` and the order as the store sees it.
 *
 * A job queue ordered by (time, insertion) stands in for the workers' polling, so that robots due
 * at the same instant run in the order the simulator runs them (docs/semantics.md §4 rule 1). A robot behind a
 * timer runs when its timer fires; one without runs from the queue. One difference is inherent and
 * the random flows avoid it: Zeebe evaluates the condition gateway of an immediate robot when the
 * branch reaches it, while the simulator checks it when the queued run starts — the same instant,
 * but after the runs queued before it.
 */

export interface RobotRun {
  robot: string;
  at: string;
  outcome: 'done' | 'failed' | 'skipped';
}

export interface BpmnRun {
  runs: RobotRun[];
  statuses: { status: string; at: string }[];
  finalStatus: string;
}

interface Job {
  at: number;
  seq: number;
  run: () => void;
  cancelled?: boolean;
}

const ORDER_DEFAULTS = {
  paid: false,
  canceled: false,
  allowDelivery: false,
  shipped: false,
  deliveryStatus: 'none',
};

type ModdleLike = { $type: string; values?: ModdleLike[]; [k: string]: unknown };

/** The Zeebe extension elements of an activity, by type. */
function zeebe(activity: { behaviour: { extensionElements?: { values?: ModdleLike[] } } }, type: string) {
  return activity.behaviour.extensionElements?.values?.find((v) => v.$type === type);
}

/** The export parsed once (bpmn-moddle with the Zeebe extensions), to run many orders without re-reading XML. */
export async function parseBpmn(xml: string): Promise<object> {
  return createModdle().fromXML(xml);
}

/** Runs one order; `source` is the exported XML or what parseBpmn made of it. */
export async function runBpmn(flow: Flow, source: string | object, scenario: Scenario): Promise<BpmnRun> {
  const cf = compileFlow(flow);
  const zone = cf.zone;
  const env: Environment = resolveEnvironment(scenario.environment as Partial<Environment> | undefined);
  const startMs = parseInstant(scenario.start.at)!;
  const untilMs = Math.max(startMs, resolveInstantOrDuration(scenario.until ?? DEFAULT_UNTIL, startMs, zone));
  const src: FieldSource = {
    order: cloneJson(scenario.order) as Json,
    contact: cloneJson(scenario.contact) as Json,
    company: scenario.company ? (cloneJson(scenario.company) as Json) : null,
    employees: env.employees,
    outputs: new Map(),
  };
  const counters: ContextCounters = { codesGenerated: 0, previousMailboxId: undefined, objectIds: {} };
  const ctx = new EngineContext(zone, env, flow.statuses, src, counters);
  const reactions = compileReactions(scenario.reactions);
  const read = (path: string) => readField(src, path);

  let clock = startMs;
  let seq = 0;
  const queue: Job[] = [];
  const push = (at: number, run: () => void): Job => {
    const job = { at, seq: ++seq, run };
    queue.push(job);
    return job;
  };

  // Process variables that are not the order's fields.
  const extra: Record<string, unknown> = {
    orderId: String(scenario.order.id ?? 'order'),
    status: scenario.start.status,
  };
  let event: unknown = {};
  const variables = () => ({
    ...extra,
    order: { ...ORDER_DEFAULTS, ...src.order },
    contact: src.contact,
    company: src.company,
    responsible: { name: read('responsible.name'), email: read('responsible.email') },
    event,
  });

  const runs: RobotRun[] = [];
  const statuses: { status: string; at: string }[] = [];
  const record = (robot: string, outcome: RobotRun['outcome']) =>
    runs.push({ robot, at: formatInstant(clock), outcome });

  // The default flows that mean "this robot did not run": its condition was false, or its basis empty.
  const notRun = new Map<string, { robot: string; outcome: RobotRun['outcome'] }>();
  const compiled = compileProcess(flow);
  const walk = (nodes: typeof compiled.root.nodes) => {
    for (const n of nodes) {
      if (n.scope) walk(n.scope.nodes);
      if (!n.defaultFlow) continue;
      for (const r of flow.robots) {
        if (n.id === xmlId('Condition', r.id)) notRun.set(n.defaultFlow, { robot: r.id, outcome: 'skipped' });
        if (n.id === xmlId('Basis', r.id)) notRun.set(n.defaultFlow, { robot: r.id, outcome: 'failed' });
      }
    }
  };
  walk(compiled.root.nodes);

  /** Events robots emitted during the current job, queued after the engine settles. */
  const emitted: (() => void)[] = [];

  /** The timer being fired right now: its robot's task runs at once instead of being queued. */
  let firing: string | undefined;

  function queueEvent(
    at: number,
    type: EventType,
    data: Json | undefined,
    source: 'scenario' | 'robot' | 'reaction',
    emitter?: string,
  ) {
    push(at, () => {
      mergeEventData(src, data);
      event = data ?? {};
      publish(type);
      for (const r of reactions.get(type) ?? [])
        if (reactsTo(r, source, emitter)) queueEvent(r.later(clock, zone), r.type, r.data, 'reaction');
    });
  }

  /**
   * Zeebe opens a message event sub-process's subscription when its scope starts; bpmn-engine only
   * starts event sub-processes for events thrown inside the process. So the harness starts the one
   * of the current status for this message, as Zeebe's correlation would, then delivers the message.
   */
  function publish(type: string) {
    const messageId = xmlId('Message', `orderflow.${type}`);
    const current = statuses[statuses.length - 1]?.status;
    if (current === undefined) return;
    const process = engine.execution.definitions[0]?.getProcesses()[0];
    const status = process?.getActivityById(xmlId('Status', current)) as
      | {
          execution?: {
            source?: { execution?: { getActivityById(id: string): { run(m: unknown): void } | undefined } };
          };
        }
      | undefined;
    const scope = status?.execution?.source?.execution;
    const handler = scope?.getActivityById(xmlId(`On_${current}`, type));
    if (!handler) return;
    handler.run({ id: messageId });
    engine.execution.signal({ id: messageId });
  }

  function runRobot(robotId: string): { emit: { type: EventType; data?: Json }[] } {
    const r = cf.robots.get(robotId)!;
    if (!r.settings.ok || !r.def) {
      record(robotId, 'failed');
      return { emit: [] };
    }
    ctx.beginEffect(robotId, formatInstant(clock), clock);
    const result = r.def.effect(r.settings.value, ctx);
    if (!result.ok) {
      ctx.rollback();
      record(robotId, 'failed');
      return { emit: [] };
    }
    record(robotId, 'done');
    if (result.set) for (const path in result.set) writeField(src, path, result.set[path]);
    (src.outputs as Map<string, Json>).set(robotId, result.output as Json);
    if (result.usedCodeSequence) counters.codesGenerated++;
    if (result.mailboxId !== undefined) counters.previousMailboxId = result.mailboxId;
    return { emit: (result.emit ?? []) as { type: EventType; data?: Json }[] };
  }

  /** zeebe:ioMapping outputs, evaluated over the variables as they are after the job. */
  function applyOutputs(activity: Parameters<typeof zeebe>[0]) {
    const mapping = zeebe(activity, 'zeebe:IoMapping');
    for (const o of (mapping?.outputParameters as { source: string; target: string }[] | undefined) ?? []) {
      if (o.target === 'order') continue; // the harness's order is updated in place by the effect
      extra[o.target] = feel(o.source);
    }
  }

  function feel(expression: string): unknown {
    if (!expression.startsWith('=')) return expression;
    const vars = variables();
    const body = withZoneConversions(expression.slice(1), vars);
    const { value } = evaluate(body, vars) as { value: unknown };
    if (value && typeof value === 'object' && 'toMillis' in value)
      return new Date((value as { toMillis(): number }).toMillis()).toISOString();
    return value;
  }

  const extensions = {
    zeebe(
      activity: Parameters<typeof zeebe>[0] & {
        id: string;
        type: string;
        behaviour: Record<string, unknown>;
      },
    ) {
      const definition = zeebe(activity, 'zeebe:TaskDefinition');
      if (definition) {
        const headers = new Map(
          (
            (zeebe(activity, 'zeebe:TaskHeaders')?.values ?? []) as unknown as {
              key: string;
              value: string;
            }[]
          ).map((h) => [h.key, h.value]),
        );
        const robotId = headers.get('robotId')!;
        activity.behaviour.Service = function Service() {
          let job: Job | undefined;
          return {
            execute(_message: unknown, callback: (err: unknown, output?: unknown) => void) {
              if (definition.type === 'orderflow.runTime') {
                const rt = computeRunTime(cf.robots.get(robotId)!.robot.delay, clock, {
                  zone,
                  workTime: cf.workTime,
                  read,
                });
                extra[`runAt_${robotId.replace(/[^A-Za-z0-9_]/g, '_')}`] = formatInstant(rt.at);
                return callback(null);
              }
              const work = () => {
                const { emit } = runRobot(robotId);
                applyOutputs(activity);
                callback(null);
                // Queued once the engine has settled: the robots after this one are reached first (rule 5).
                for (const e of emit) emitted.push(() => queueEvent(clock, e.type, e.data, 'robot', robotId));
              };
              if (firing === robotId) {
                firing = undefined;
                work();
              } else job = push(clock, work);
            },
            discard() {
              if (job) job.cancelled = true;
            },
          };
        };
      }
      return {
        activate() {},
        deactivate() {},
      };
    },
  };

  const timerRobot = new Map(flow.robots.map((r) => [xmlId('Wait', r.id), r.id as string]));
  const timers = {
    register(owner: { id?: string }) {
      return {
        setTimeout: (callback: () => void, delay: number) => {
          const job = push(clock + Math.max(0, delay), () => {
            firing = owner.id === undefined ? undefined : timerRobot.get(owner.id);
            callback();
            firing = undefined;
          });
          return job;
        },
        clearTimeout: (job: Job | undefined) => {
          if (job) job.cancelled = true;
        },
      };
    },
    /** bpmn-engine's stop() clears what is executing; the queue is dropped with the run instead. */
    executing: [] as Job[],
    setTimeout: () => undefined,
    clearTimeout: (job: Job | undefined) => {
      if (job) job.cancelled = true;
    },
  };

  const RealDate = Date;
  class VirtualDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock);
      else super(...(args as [string]));
    }
    static override now() {
      return clock;
    }
  }
  globalThis.Date = VirtualDate as DateConstructor;

  const engine = new Engine({
    name: 'orderflow-bpmn',
    ...(typeof source === 'string' ? { source } : { moddleContext: source as never }),
    moddleOptions: { zeebe: zeebeSchema },
    extensions,
    timers: timers as never,
    expressions: { resolveExpression: (expression: string) => feel(expression) },
    variables: {},
  });
  const listener = new EventEmitter();
  listener.on('activity.start', (api: { id: string; type: string; owner: Parameters<typeof zeebe>[0] }) => {
    // A "move" throw event's output mapping sets `status` when the event is reached (not when its scope opens).
    if (api.type === 'bpmn:IntermediateThrowEvent') applyOutputs(api.owner);
    if (api.type === 'bpmn:SubProcess' && api.id.startsWith('Status_'))
      statuses.push({ status: String(extra.status), at: formatInstant(clock) });
  });
  listener.on('flow.take', (flowApi: { id: string }) => {
    const miss = notRun.get(flowApi.id);
    if (miss) record(miss.robot, miss.outcome);
  });

  try {
    await engine.execute({ listener });
    await new Promise((resolve) => setImmediate(resolve));
    for (const e of scenario.events) {
      const at = resolveInstantOrDuration(e.at, startMs, zone);
      queueEvent(Math.max(at, startMs), e.type, e.data as Json | undefined, 'scenario');
    }
    for (;;) {
      queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const job = queue.shift();
      if (!job) break;
      if (job.cancelled) continue;
      if (job.at > untilMs) break;
      clock = job.at;
      job.run();
      // bpmn-engine sometimes continues after a worker's callback asynchronously: let it settle.
      await new Promise((resolve) => setImmediate(resolve));
      for (const queueIt of emitted.splice(0)) queueIt();
    }
  } finally {
    globalThis.Date = RealDate;
    engine.stop();
  }
  return { runs, statuses, finalStatus: String(extra.status) };
}

/**
 * Camunda's `date and time(instant, zone)` (feelin lacks it): the instant as a local date-time in the
 * zone, so that adding days is calendar arithmetic there. Rewritten into a zoned literal.
 */
function withZoneConversions(body: string, vars: Record<string, unknown>): string {
  return body.replace(
    /date and time\((now\(\)|date and time\([^()]*\)), "([^"]+)"\)/g,
    (_, inner: string, zone: string) => {
      const { value } = evaluate(inner, vars) as {
        value: { setZone(z: string): { toFormat(f: string): string } } | null;
      };
      if (!value) return 'null';
      return `date and time("${value.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS")}@${zone}")`;
    },
  );
}
