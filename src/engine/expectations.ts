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
import { fieldLabel } from '../domain/fields';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import { formatTemplateValue } from '../domain/templates';
import type { Timeline, TimelineEntry } from '../domain/timeline';
import { readField } from './fields';
import type { Json } from './fields';
import { flowNames } from './names';
import type { FlowNames } from './names';
import { describeTime } from './describeTime';
import { namer } from '../domain/naming';
import { englishTranslator } from '../i18n/english';
import { catalogOutputLabel } from '../i18n/catalogFields';
import { robotErrorText } from '../i18n/runText';
import type { Translator } from '../i18n/translator';
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
  /** The language of the verdicts (English without one, as the CLI and the golden examples read). */
  translator: Translator;
  /** A robot's failure as people read it: the timeline's English as is, or in the translator's language. */
  failure(error: string, robot: string): string;
  /** A value in quotes: JSON's for the CLI and golden files, the language's for the designer. */
  quote(text: string): string;
  /** A robot's output (`text`): its key for the CLI, its declared label for the designer («Текст»). */
  outputName(robot: string, key: string): string;
  /** A field's expected value: JSON for the CLI; yes/no for a person reading the designer. */
  valueText(value: unknown): string;
}

/** Judges every expectation of the scenario against its timeline, in order. */
export function judgeExpectations(
  flow: Flow,
  scenario: Scenario,
  timeline: Timeline,
  options: JudgeOptions = {},
  translator?: Translator,
): ExpectationVerdict[] {
  const zone = flow.settings.timezone ?? 'UTC';
  const startMs = parseInstant(scenario.start.at) ?? 0;
  const people = translator ? namer(flow, scenario.environment, { t: translator }) : undefined;
  const run: Run = {
    flow,
    timeline,
    names: flowNames(flow, options.ids ?? true, translator),
    startMs,
    zone,
    when: (at) =>
      describeTime(typeof at === 'number' ? at : (parseInstant(at) ?? startMs), startMs, zone, translator),
    customFields: scenario.environment?.customFields,
    translator: translator ?? englishTranslator,
    failure: (error, robot) =>
      people
        ? robotErrorText(error, people, flow.robots.find((r) => r.id === robot)?.type, translator)
        : error,
    quote: (text) =>
      translator ? translator.t('engine.names.quoted', { text: clip(text) }) : JSON.stringify(clip(text)),
    outputName: (robot, key) => {
      const type = flow.robots.find((r) => r.id === robot)?.type;
      if (!translator) return JSON.stringify(key);
      const label = type === undefined ? key : catalogOutputLabel(translator, type, key);
      return translator.t('engine.names.quoted', { text: label });
    },
    valueText: (value) =>
      translator && typeof value === 'boolean'
        ? translator.t('engine.expect.yesNo', { value: String(value) })
        : JSON.stringify(value),
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

/** The expectation's `is` as an ICU select word (`not-run` → `notRun`). */
const selectWord = (is: string): string => is.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function judgeRobot(e: RobotExpectation, run: Run): Judged {
  const { t } = run.translator;
  const by = deadline(e.by, run);
  const robot = run.names.robot(e.robot);
  const is = selectWord(e.is);
  const statement =
    e.by === undefined
      ? t('engine.expect.robot', { robot, is })
      : t('engine.expect.robot.by', { robot, is, by: run.when(by) });
  if (!run.names.hasRobot(e.robot)) return { statement, holds: false, instead: t('engine.expect.noRobot') };
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
  const { t } = run.translator;
  if (e.is !== 'not-run' && e.is !== 'pending') {
    const late = entries.find((x) => x.kind === `robot.${e.is}`);
    if (late)
      return t('engine.expect.late', { outcome: late.kind.slice('robot.'.length), at: run.when(late.at) });
  }
  if (e.is === 'not-run') {
    const ran = entries.find((x) => RAN_KINDS.has(x.kind) && (parseInstant(x.at) ?? 0) <= by)!;
    return describeOutcome(ran, run);
  }
  const outcome = [...entries].reverse().find((x) => OUTCOME_KINDS.has(x.kind));
  if (outcome) return describeOutcome(outcome, run);
  const waiting = run.timeline.final.pending.find((p) => p.robot === e.robot);
  if (waiting) return t('engine.expect.waiting', { at: run.when(waiting.runAt) });
  return t('engine.expect.neverReached', { reason: neverReached(e.robot, run) });
}

/** `it was cancelled at … when the order left "Paid"`, `it failed at …: error`, … */
function describeOutcome(x: RobotEntry, run: Run): string {
  const { t } = run.translator;
  const at = run.when(x.at);
  switch (x.kind) {
    case 'robot.done':
      return t('engine.expect.outcome.done', { at });
    case 'robot.failed':
      return t('engine.expect.outcome.failed', { at, error: run.failure(x.error, x.robot) });
    case 'robot.skipped':
      return x.reason === 'disabled'
        ? t('engine.expect.outcome.skippedDisabled', { at })
        : t('engine.expect.outcome.skippedCondition', { at });
    case 'robot.cancelled':
      return x.reason === 'order.canceled'
        ? t('engine.expect.outcome.cancelledCanceled', { at, status: run.names.status(x.status) })
        : t('engine.expect.outcome.cancelledLeft', { at, status: run.names.status(x.status) });
    case 'robot.scheduled':
      return t('engine.expect.outcome.scheduled', { at });
  }
}

function neverReached(robot: string, run: Run): string {
  const { t } = run.translator;
  const status = run.flow.robots.find((r) => r.id === robot)?.status;
  if (status === undefined) return t('engine.expect.noRobot');
  const entered = run.timeline.entries.some((x) => x.kind === 'status.entered' && x.status === status);
  return entered
    ? t('engine.expect.neverReached.chain', { status: run.names.status(status) })
    : t('engine.expect.neverReached.status', { status: run.names.status(status) });
}

function judgeStatus(e: StatusExpectation, run: Run): Judged {
  const { t } = run.translator;
  const by = deadline(e.by, run);
  const status = run.names.status(e.status);
  const is = selectWord(e.is);
  const statement =
    e.by === undefined
      ? t('engine.expect.status', { status, is })
      : t('engine.expect.status.by', { status, is, by: run.when(by) });
  if (!run.names.hasStatus(e.status))
    return { statement, holds: false, instead: t('engine.expect.noStatus') };
  const entries = run.timeline.entries.filter(
    (x): x is Extract<TimelineEntry, { kind: 'status.entered' }> =>
      x.kind === 'status.entered' && x.status === e.status,
  );
  const inTime = entries.filter((x) => (parseInstant(x.at) ?? 0) <= by);
  const final = run.names.status(run.timeline.final.status);
  switch (e.is) {
    case 'entered':
      if (inTime.length > 0) return { statement, holds: true };
      if (entries.length > 0)
        return {
          statement,
          holds: false,
          instead: t('engine.expect.status.enteredLate', { at: run.when(entries[0]!.at) }),
        };
      return { statement, holds: false, instead: t('engine.expect.status.neverEntered', { final }) };
    case 'not-entered': {
      const first = inTime[0];
      if (!first) return { statement, holds: true };
      return { statement, holds: false, instead: enteredAt(first, run) };
    }
    case 'final':
      return run.timeline.final.status === e.status
        ? { statement, holds: true }
        : { statement, holds: false, instead: t('engine.expect.status.ended', { final }) };
  }
}

/** `the order entered it at … when trigger "Payment" fired`. */
function enteredAt(x: Extract<TimelineEntry, { kind: 'status.entered' }>, run: Run): string {
  const { t } = run.translator;
  const at = run.when(x.at);
  if (x.cause === 'start') return t('engine.expect.status.enteredAtStart', { at });
  if (x.by === undefined) return t('engine.expect.status.enteredAt', { at });
  return x.cause === 'trigger'
    ? t('engine.expect.status.enteredAtByTrigger', { at, name: run.names.trigger(x.by) })
    : t('engine.expect.status.enteredAtByRobot', { at, name: run.names.robot(x.by) });
}

/** Outputs are compared as text (docs/semantics.md §5): the value as a template would insert it. */
function asText(value: unknown): string {
  return formatTemplateValue(value);
}

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

function judgeOutput(e: OutputExpectation, run: Run): Judged {
  const { t } = run.translator;
  const args = { robot: run.names.robot(e.robot), output: run.outputName(e.robot, e.output) };
  const statement =
    'contains' in e
      ? t('engine.expect.output.contains', { ...args, value: run.quote(e.contains) })
      : t('engine.expect.output.equals', { ...args, value: run.quote(asText(e.equals)) });
  if (!run.names.hasRobot(e.robot)) return { statement, holds: false, instead: t('engine.expect.noRobot') };
  const entries = robotEntries(e.robot, run);
  const done = [...entries].reverse().find((x) => x.kind === 'robot.done');
  if (!done) {
    const instead = robotInstead({ robot: e.robot, is: 'done' }, entries, Infinity, run);
    return { statement, holds: false, instead: t('engine.expect.neverDone', { reason: instead }) };
  }
  const output = done.output as Json;
  if (!(e.output in output)) {
    const keys = Object.keys(output);
    const at = run.when(done.at);
    return {
      statement,
      holds: false,
      instead: keys.length
        ? t('engine.expect.output.missingHas', {
            at,
            output: run.outputName(e.robot, e.output),
            keys: keys.map((k) => run.outputName(e.robot, k)).join(', '),
          })
        : t('engine.expect.output.missing', { at, output: run.outputName(e.robot, e.output) }),
    };
  }
  const text = asText(output[e.output]);
  const holds = 'contains' in e ? text.includes(e.contains) : text === asText(e.equals);
  return holds
    ? { statement, holds }
    : {
        statement,
        holds,
        instead: t('engine.expect.output.was', { value: run.quote(text), at: run.when(done.at) }),
      };
}

function judgeField(e: FieldExpectation, run: Run): Judged {
  const { t } = run.translator;
  const label = run.names.ids ? e.field : fieldLabel(e.field, run.translator, run.customFields);
  const statement = t('engine.expect.field', { field: label, value: run.valueText(e.equals) });
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
    instead:
      actual === undefined
        ? t('engine.expect.field.empty')
        : t('engine.expect.field.was', { value: run.valueText(actual) }),
  };
}
