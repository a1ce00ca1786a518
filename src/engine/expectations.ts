import { deepEqual } from '../domain/conditions';
import type {
  Expectation,
  FieldExpectation,
  OutputExpectation,
  RobotExpectation,
  StatusExpectation,
} from '../domain/expectations';
import { expectationKind } from '../domain/expectations';
import type { CustomFieldDecl } from '../domain/fields';
import { findField } from '../domain/fields';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import { formatTemplateValue } from '../domain/templates';
import type { Timeline, TimelineEntry } from '../domain/timeline';
import { readField } from './fields';
import type { Json } from './fields';
import { flowNames } from './names';
import type { FlowNames } from './names';
import { describeTime } from './describeTime';
import { parseInstant, resolveInstantOrDuration } from './time';

/** One expectation judged on a run (docs/semantics.md §5 Expectations). */
export interface ExpectationVerdict {
  /** Its position in `expect` (the CLI writes `expect[3]`). */
  index: number;
  expectation: Expectation;
  holds: boolean;
  /** The expectation in words: `robot "Create a task" (task) is done`. */
  statement: string;
  /** When it does not hold: what happened instead, with the deciding time and names. */
  instead?: string;
}

export interface JudgeOptions {
  /** Name robots and statuses with their ids (the CLI) or without (the browser: users never see ids). */
  ids?: boolean;
}

type RobotEntry = Extract<TimelineEntry, { robot: string }>;
const OUTCOME_KINDS = new Set(['robot.done', 'robot.failed', 'robot.skipped', 'robot.cancelled']);
/** The outcomes `not-run` rules out: a cancelled run never ran. */
const RAN_KINDS = new Set(['robot.done', 'robot.failed', 'robot.skipped']);

/** What the judge reads, prepared once per run. */
interface Run {
  flow: Flow;
  timeline: Timeline;
  names: FlowNames;
  startMs: number;
  zone: string;
  /** `+1d 02:00 (2024-03-30 20:30 in Europe/Berlin)`: relative for reading, local for checking. */
  when(at: string | number): string;
  customFields: readonly CustomFieldDecl[] | undefined;
}

/** Judges every expectation of the scenario against its timeline, in order. */
export function judgeExpectations(
  flow: Flow,
  scenario: Scenario,
  timeline: Timeline,
  options: JudgeOptions = {},
): ExpectationVerdict[] {
  const zone = flow.settings.timezone ?? 'UTC';
  const startMs = parseInstant(scenario.start.at) ?? 0;
  const run: Run = {
    flow,
    timeline,
    names: flowNames(flow, options.ids ?? true),
    startMs,
    zone,
    when: (at) => describeTime(typeof at === 'number' ? at : (parseInstant(at) ?? startMs), startMs, zone),
    customFields: scenario.environment?.customFields,
  };
  return (scenario.expect ?? []).map((expectation, index) => {
    const judged = judge(expectation, run);
    return { index, expectation, ...judged };
  });
}

type Judged = Omit<ExpectationVerdict, 'index' | 'expectation'>;

function judge(e: Expectation, run: Run): Judged {
  switch (expectationKind(e)) {
    case 'robot':
      return judgeRobot(e as RobotExpectation, run);
    case 'status':
      return judgeStatus(e as StatusExpectation, run);
    case 'output':
      return judgeOutput(e as OutputExpectation, run);
    case 'field':
      return judgeField(e as FieldExpectation, run);
  }
}

/** `by` as epoch ms (an instant, or a duration from the start); Infinity without one. */
function deadline(by: string | undefined, run: Run): number {
  return by === undefined ? Infinity : resolveInstantOrDuration(by, run.startMs, run.zone);
}

function robotEntries(robot: string, run: Run): RobotEntry[] {
  return run.timeline.entries.filter(
    (x): x is RobotEntry => 'robot' in x && x.robot === robot && x.kind !== 'event',
  );
}

const ROBOT_WORDS: Record<RobotExpectation['is'], string> = {
  done: 'is done',
  failed: 'fails',
  skipped: 'is skipped',
  cancelled: 'is cancelled',
  'not-run': 'does not run',
  pending: 'is still waiting at the end',
};

function judgeRobot(e: RobotExpectation, run: Run): Judged {
  const by = deadline(e.by, run);
  const byText = e.by === undefined ? '' : ` by ${run.when(by)}`;
  const statement = `robot ${run.names.robot(e.robot)} ${ROBOT_WORDS[e.is]}${byText}`;
  if (!run.names.hasRobot(e.robot))
    return { statement, holds: false, instead: 'the design has no such robot' };
  const entries = robotEntries(e.robot, run);
  const inTime = (x: TimelineEntry) => (parseInstant(x.at) ?? 0) <= by;
  let holds: boolean;
  switch (e.is) {
    case 'not-run':
      holds = !entries.some((x) => RAN_KINDS.has(x.kind) && inTime(x));
      break;
    case 'pending':
      // `by` on a pending run reads its due time: "still waiting at the end, due by T".
      holds = run.timeline.final.pending.some(
        (p) => p.robot === e.robot && (parseInstant(p.runAt) ?? 0) <= by,
      );
      break;
    case 'done':
    case 'failed':
    case 'skipped':
    case 'cancelled':
      holds = entries.some((x) => x.kind === `robot.${e.is}` && inTime(x));
  }
  if (holds) return { statement, holds };
  return { statement, holds, instead: robotInstead(e, entries, by, run) };
}

/** What happened to a robot, told for an expectation about it that does not hold. */
function robotInstead(e: RobotExpectation, entries: RobotEntry[], by: number, run: Run): string {
  if (e.is !== 'not-run' && e.is !== 'pending') {
    const late = entries.find((x) => x.kind === `robot.${e.is}`);
    if (late) return `it was ${pastTense(late)} only at ${run.when(late.at)}`;
  }
  if (e.is === 'not-run') {
    const ran = entries.find((x) => RAN_KINDS.has(x.kind) && (parseInstant(x.at) ?? 0) <= by)!;
    return `it ${describeOutcome(ran, run)}`;
  }
  const outcome = [...entries].reverse().find((x) => OUTCOME_KINDS.has(x.kind));
  if (outcome) return `it ${describeOutcome(outcome, run)}`;
  const waiting = run.timeline.final.pending.find((p) => p.robot === e.robot);
  if (waiting) return `it was still waiting when the run ended (due at ${run.when(waiting.runAt)})`;
  return `it was never reached: ${neverReached(e.robot, run)}`;
}

function pastTense(x: RobotEntry): string {
  return x.kind === 'robot.done'
    ? 'done'
    : x.kind === 'robot.failed'
      ? 'failed'
      : x.kind === 'robot.skipped'
        ? 'skipped'
        : 'cancelled';
}

/** `was cancelled at … when the order left "Paid"`, `failed at …: error`, … */
function describeOutcome(x: RobotEntry, run: Run): string {
  const at = run.when(x.at);
  switch (x.kind) {
    case 'robot.done':
      return `was done at ${at}`;
    case 'robot.failed':
      return `failed at ${at}: ${x.error}`;
    case 'robot.skipped':
      return x.reason === 'disabled'
        ? `was skipped at ${at}: it is disabled`
        : `was skipped at ${at}: its condition was false`;
    case 'robot.cancelled':
      return x.reason === 'order.canceled'
        ? `was cancelled at ${at} when the order was canceled and left ${run.names.status(x.status)}`
        : `was cancelled at ${at} when the order left ${run.names.status(x.status)}`;
    case 'robot.scheduled':
      return `was scheduled at ${at}`;
  }
}

function neverReached(robot: string, run: Run): string {
  const status = run.flow.robots.find((r) => r.id === robot)?.status;
  if (status === undefined) return 'the design has no such robot';
  const entered = run.timeline.entries.some((x) => x.kind === 'status.entered' && x.status === status);
  return entered
    ? `the order entered ${run.names.status(status)} but the robots before it in its chain did not let it run`
    : `the order never entered ${run.names.status(status)}`;
}

const STATUS_WORDS: Record<StatusExpectation['is'], string> = {
  entered: 'is entered',
  'not-entered': 'is not entered',
  final: 'is where the order ends',
};

function judgeStatus(e: StatusExpectation, run: Run): Judged {
  const by = deadline(e.by, run);
  const byText = e.by === undefined ? '' : ` by ${run.when(by)}`;
  const statement = `status ${run.names.status(e.status)} ${STATUS_WORDS[e.is]}${byText}`;
  if (!run.names.hasStatus(e.status))
    return { statement, holds: false, instead: 'the design has no such status' };
  const entries = run.timeline.entries.filter(
    (x): x is Extract<TimelineEntry, { kind: 'status.entered' }> =>
      x.kind === 'status.entered' && x.status === e.status,
  );
  const inTime = entries.filter((x) => (parseInstant(x.at) ?? 0) <= by);
  const final = run.timeline.final.status;
  const ended = `the order ended in ${run.names.status(final)}`;
  switch (e.is) {
    case 'entered':
      if (inTime.length > 0) return { statement, holds: true };
      if (entries.length > 0)
        return { statement, holds: false, instead: `it was entered only at ${run.when(entries[0]!.at)}` };
      return { statement, holds: false, instead: `the order never entered it; ${ended}` };
    case 'not-entered': {
      const first = inTime[0];
      if (!first) return { statement, holds: true };
      return {
        statement,
        holds: false,
        instead: `the order entered it at ${run.when(first.at)}${enteredBy(first, run)}`,
      };
    }
    case 'final':
      return final === e.status ? { statement, holds: true } : { statement, holds: false, instead: ended };
  }
}

function enteredBy(x: Extract<TimelineEntry, { kind: 'status.entered' }>, run: Run): string {
  if (x.cause === 'start') return ' (the run starts there)';
  if (x.by === undefined) return '';
  return x.cause === 'trigger'
    ? ` when trigger ${run.names.trigger(x.by)} fired`
    : ` when robot ${run.names.robot(x.by)} moved it`;
}

/** Outputs are compared as text (docs/semantics.md §5): the value as a template would insert it. */
function asText(value: unknown): string {
  return formatTemplateValue(value);
}

function quote(text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 199)}…` : text);
}

function judgeOutput(e: OutputExpectation, run: Run): Judged {
  const compare = 'contains' in e ? `contains ${quote(e.contains)}` : `equals ${quote(asText(e.equals))}`;
  const statement = `robot ${run.names.robot(e.robot)}'s output ${quote(e.output)} ${compare}`;
  if (!run.names.hasRobot(e.robot))
    return { statement, holds: false, instead: 'the design has no such robot' };
  const entries = robotEntries(e.robot, run);
  const done = [...entries].reverse().find((x) => x.kind === 'robot.done');
  if (!done) {
    const instead = robotInstead({ robot: e.robot, is: 'done' }, entries, Infinity, run);
    return { statement, holds: false, instead: `it was never done: ${instead}` };
  }
  const output = done.output as Json;
  if (!(e.output in output)) {
    const keys = Object.keys(output);
    return {
      statement,
      holds: false,
      instead: `its output (at ${run.when(done.at)}) has no ${quote(e.output)}${keys.length ? `; it has ${keys.map((k) => quote(k)).join(', ')}` : ''}`,
    };
  }
  const text = asText(output[e.output]);
  const holds = 'contains' in e ? text.includes(e.contains) : text === asText(e.equals);
  return holds
    ? { statement, holds }
    : { statement, holds, instead: `it was ${quote(text)} (at ${run.when(done.at)})` };
}

function judgeField(e: FieldExpectation, run: Run): Judged {
  const label = run.names.ids ? e.field : (findField(e.field, run.customFields)?.label ?? e.field);
  const statement = `at the end, ${label} equals ${JSON.stringify(e.equals)}`;
  const { final } = run.timeline;
  const actual = readField(
    {
      order: final.order as Json,
      contact: final.contact as Json,
      company: final.company as Json | null,
      employees: [],
      outputs: new Map(),
    },
    e.field,
  );
  // A text expected for a non-text value is compared as the value is written in texts (a phone list
  // as "a, b", a number as "250"): an analyst writes what the order shows.
  const holds =
    deepEqual(actual, e.equals) ||
    (typeof e.equals === 'string' && typeof actual !== 'string' && asText(actual) === e.equals);
  if (holds) return { statement, holds };
  return {
    statement,
    holds,
    instead: actual === undefined ? 'it is empty' : `it is ${JSON.stringify(actual)}`,
  };
}
