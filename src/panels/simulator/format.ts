import type { Flow } from '../../domain/flow';
import { triggerDefinition } from '../../domain/catalog';
import { namer } from '../../domain/naming';
import { instantMs } from '../../domain/simulation';
import type { TimelineEntry } from '../../domain/timeline';
import { formatOffset } from '../../engine/format';

export { formatDuration } from './duration';

/** An instant as a person reads it, in the flow's time zone: "Mon, 3 Mar 2025, 09:00". */
export function formatWhen(iso: string, timezone: string): string {
  const ms = instantMs(iso);
  if (ms === undefined) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

/** Elapsed time from the run's start, as "+1d 02:00". */
export function offsetFrom(startIso: string, iso: string): string {
  return formatOffset(instantMs(startIso) ?? 0, instantMs(iso) ?? 0);
}

/** Display names of a flow's nodes and statuses, read through the design's one namer (domain/naming.ts). */
export function flowNames(flow: Flow) {
  const names = namer(flow);
  const statuses = new Map(flow.statuses.map((s) => [s.id as string, s]));
  const robots = new Map(flow.robots.map((r) => [r.id as string, r]));
  return {
    status: (id: string) => names.status(id),
    statusColor: (id: string) => statuses.get(id)?.color ?? '#94a3b8',
    robot: (id: string) => names.robot(id, false),
    robotType: (id: string) => robots.get(id)?.type,
    /** Whether the robot has a condition: "done" says "condition true" only when there was one to check. */
    robotHasCondition: (id: string) => robots.get(id)?.condition !== undefined,
    trigger: (id: string) => names.trigger(id, false),
  };
}
export type FlowNames = ReturnType<typeof flowNames>;

/** Kind groups the log can be filtered by. */
export const KIND_FILTERS = [
  { key: 'status', label: 'Status changes', kinds: ['status.entered', 'status.left'] },
  { key: 'scheduled', label: 'Scheduling', kinds: ['robot.scheduled'] },
  {
    key: 'robots',
    label: 'Robot results',
    kinds: ['robot.done', 'robot.failed', 'robot.skipped', 'robot.cancelled'],
  },
  { key: 'events', label: 'Events', kinds: ['event'] },
  { key: 'triggers', label: 'Triggers', kinds: ['trigger.fired'] },
  { key: 'end', label: 'End', kinds: ['end'] },
] as const satisfies readonly { key: string; label: string; kinds: readonly TimelineEntry['kind'][] }[];
export type KindFilter = (typeof KIND_FILTERS)[number]['key'];

export const filterOf = (kind: TimelineEntry['kind']): KindFilter =>
  KIND_FILTERS.find((f) => (f.kinds as readonly string[]).includes(kind))!.key;

export type Tone = 'green' | 'orange' | 'red' | 'grey' | 'blue' | 'violet' | 'neutral';

export const TONE_TEXT: Record<Tone, string> = {
  green: 'text-success',
  orange: 'text-orange-700 dark:text-orange-400',
  red: 'text-danger',
  grey: 'text-fg-muted',
  blue: 'text-blue-700 dark:text-blue-400',
  violet: 'text-violet-700 dark:text-violet-400',
  neutral: 'text-slate-700 dark:text-slate-300',
};

const END_WORDS = {
  idle: 'Nothing left to do',
  until: "Reached the scenario's end time",
  'loop-guard': 'Stopped: too many status changes (loop guard)',
  limit: 'Stopped: the log grew too long (entry limit)',
} as const;

/** What a log row says: kind in words, the node, the result and its colour. */
export function describeEntry(
  e: TimelineEntry,
  names: FlowNames,
  startAt: string,
): { kind: string; node: string; result: string; tone: Tone } {
  switch (e.kind) {
    case 'status.entered':
      return {
        kind: 'Status entered',
        node: names.status(e.status),
        result:
          e.cause === 'start'
            ? 'The order starts here'
            : `From ${names.status(e.from ?? '')}, moved by ${e.cause === 'trigger' ? 'trigger' : 'robot'} ${
                e.by === undefined ? '' : e.cause === 'trigger' ? names.trigger(e.by) : names.robot(e.by)
              }`.trimEnd(),
        tone: 'blue',
      };
    case 'status.left':
      return {
        kind: 'Status left',
        node: names.status(e.status),
        result: `To ${names.status(e.to)}`,
        tone: 'neutral',
      };
    case 'robot.scheduled':
      return {
        kind: 'Scheduled',
        node: names.robot(e.robot),
        result: e.runAt === e.at ? 'Runs now' : `Runs at ${offsetFrom(startAt, e.runAt)}`,
        tone: 'neutral',
      };
    case 'robot.done':
      return {
        kind: 'Done',
        node: names.robot(e.robot),
        result: names.robotHasCondition(e.robot) ? 'Condition true: done' : 'Done',
        tone: 'green',
      };
    case 'robot.skipped':
      return {
        kind: 'Skipped',
        node: names.robot(e.robot),
        result: e.reason === 'condition' ? 'Condition false: skipped' : 'The robot is turned off',
        tone: 'orange',
      };
    case 'robot.failed':
      return { kind: 'Failed', node: names.robot(e.robot), result: failureText(e.error), tone: 'red' };
    case 'robot.cancelled':
      return {
        kind: 'Cancelled',
        node: names.robot(e.robot),
        result:
          e.reason === 'order.canceled'
            ? 'Did not run: the order was canceled'
            : 'Did not run: the order left the status first',
        tone: 'grey',
      };
    case 'event':
      return {
        kind: 'Event',
        node: eventTitle(e.event),
        result:
          e.source === 'scenario'
            ? 'From the scenario'
            : e.source === 'reaction'
              ? 'A reaction of the scenario'
              : `Sent by ${names.robot(e.robot ?? '')}`,
        tone: 'violet',
      };
    case 'trigger.fired':
      return {
        kind: 'Trigger fired',
        node: names.trigger(e.trigger),
        result: `Moves the order from ${names.status(e.from)} to ${names.status(e.to)}`,
        tone: 'blue',
      };
    case 'end':
      return {
        kind: 'End',
        node: '',
        result: END_WORDS[e.reason],
        tone: e.reason === 'idle' ? 'neutral' : 'orange',
      };
  }
}

function eventTitle(type: string): string {
  try {
    return triggerDefinition(type as Parameters<typeof triggerDefinition>[0])?.title ?? type;
  } catch {
    return type;
  }
}

/** Engine errors are already sentences; the ones about scheduling get a hint on what to change. */
export function failureText(error: string): string {
  if (error.startsWith('Cannot schedule'))
    return `${error}. Fill in the date field in the scenario or change the robot's delay.`;
  return error;
}
