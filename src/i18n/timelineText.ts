import type { Flow } from '../domain/flow';
import { triggerDefinition } from '../domain/catalog';
import { namer } from '../domain/naming';
import { instantMs } from '../domain/simulation';
import type { Environment } from '../domain/scenario';
import type { TimelineEntry } from '../domain/timeline';
import type { TriggerType } from '../domain/types';
import { formatOffset } from '../engine/format';
import { catalogTitle } from './catalogText';
import { englishTranslator } from './english';
import type { MessageKey } from './messageTypes';
import { robotErrorText } from './runText';
import type { Translator } from './translator';

/*
 * A run's timeline in words (the simulator's log, its CSV and the CLI's text output share them):
 * times, spans, names of the flow's nodes and what each entry says, in the translator's language.
 * Pure text, no UI: the CLI reads it as the screens do.
 */

/**
 * An instant as a person reads it, in the flow's time zone: English "Mon, 3 Mar 2025, 09:00" (the
 * log's compact form), other languages through the translator: «3 марта 2025 г. в 09:00».
 */
export function formatWhen(
  iso: string,
  timezone: string,
  translator: Translator = englishTranslator,
): string {
  const ms = instantMs(iso);
  if (ms === undefined) return iso;
  if (translator.locale !== 'en') return translator.dateTime(new Date(ms), timezone);
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

/** Elapsed time from the run's start, as "+1d 02:00" («+1 дн. 02:00»). */
export function offsetFrom(
  startIso: string,
  iso: string,
  translator: Translator = englishTranslator,
): string {
  return formatOffset(instantMs(startIso) ?? 0, instantMs(iso) ?? 0, translator);
}

const MINUTE = 60_000;

/** A wait from now as words after "in"/«через»: "2 days 23 hours", «2 дня 23 часа», «5 минут». */
export function spanText(ms: number, { t }: Translator = englishTranslator): string {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  // Past a day the minutes are left out: the exact instant follows the span in the same row.
  if (days > 0)
    return hours > 0 ? t('engine.span.daysHours', { days, hours }) : t('engine.span.days', { days });
  if (hours > 0)
    return rest > 0
      ? t('engine.span.hoursMinutes', { hours, minutes: rest })
      : t('engine.span.hours', { hours });
  return t('engine.span.minutes', { minutes: rest });
}

/**
 * Display names of a flow's nodes, statuses, people and fields, read through the design's one namer
 * (domain/naming.ts) in the translator's language; `timezone` is the flow's, for the log's times.
 */
export function flowNames(flow: Flow, environment?: Environment, translator: Translator = englishTranslator) {
  const names = namer(flow, environment, { t: translator });
  const statuses = new Map(flow.statuses.map((s) => [s.id as string, s]));
  const robots = new Map(flow.robots.map((r) => [r.id as string, r]));
  return {
    timezone: flow.settings.timezone,
    status: (id: string) => names.status(id),
    statusColor: (id: string) => statuses.get(id)?.color ?? '#94a3b8',
    robot: (id: string) => names.robot(id, false),
    robotType: (id: string) => robots.get(id)?.type,
    /** Whether the robot has a condition: "done" says "condition true" only when there was one to check. */
    robotHasCondition: (id: string) => robots.get(id)?.condition !== undefined,
    trigger: (id: string) => names.trigger(id, false),
    /** `Oleg Petrov`, "the responsible person" (`responsible`), "an unknown employee". */
    employee: (id: string) => names.employee(id),
    /** An order field by its label, never its path. */
    field: (path: string) => names.field(path),
  };
}
export type FlowNames = ReturnType<typeof flowNames>;

/** A log row's colour, by what the entry means (the screens map it to their classes). */
export type Tone = 'green' | 'orange' | 'red' | 'grey' | 'blue' | 'violet' | 'neutral';

const END_WORDS = {
  idle: 'engine.log.end.idle',
  until: 'engine.log.end.until',
  'loop-guard': 'engine.log.end.loopGuard',
  limit: 'engine.log.end.limit',
} as const satisfies Record<Extract<TimelineEntry, { kind: 'end' }>['reason'], MessageKey>;

/** What a log row says: kind in words, the node, the result and its colour, in the translator's language. */
export function describeEntry(
  e: TimelineEntry,
  names: FlowNames,
  startAt: string,
  translator: Translator = englishTranslator,
): { kind: string; node: string; result: string; tone: Tone } {
  const { t } = translator;
  switch (e.kind) {
    case 'status.entered': {
      const from = names.status(e.from ?? '');
      const result =
        e.cause === 'start'
          ? t('engine.log.entered.start')
          : e.by === undefined
            ? t(
                e.cause === 'trigger'
                  ? 'engine.log.entered.byTriggerUnnamed'
                  : 'engine.log.entered.byRobotUnnamed',
                {
                  from,
                },
              )
            : e.cause === 'trigger'
              ? t('engine.log.entered.byTrigger', { from, name: names.trigger(e.by) })
              : t('engine.log.entered.byRobot', { from, name: names.robot(e.by) });
      return { kind: t('engine.log.kind.statusEntered'), node: names.status(e.status), result, tone: 'blue' };
    }
    case 'status.left':
      return {
        kind: t('engine.log.kind.statusLeft'),
        node: names.status(e.status),
        result: t('engine.log.left', { to: names.status(e.to) }),
        tone: 'neutral',
      };
    case 'robot.scheduled': {
      const wait = (instantMs(e.runAt) ?? 0) - (instantMs(e.at) ?? 0);
      return {
        kind: t('engine.log.kind.scheduled'),
        node: names.robot(e.robot),
        result:
          e.runAt === e.at || wait <= 0
            ? t('engine.log.scheduled.now')
            : t('engine.log.scheduled.later', {
                span: spanText(wait, translator),
                when: formatWhen(e.runAt, names.timezone, translator),
              }),
        tone: 'neutral',
      };
    }
    case 'robot.done':
      return {
        kind: t('engine.log.kind.done'),
        node: names.robot(e.robot),
        result: names.robotHasCondition(e.robot) ? t('engine.log.done.condition') : t('engine.log.done'),
        tone: 'green',
      };
    case 'robot.skipped':
      return {
        kind: t('engine.log.kind.skipped'),
        node: names.robot(e.robot),
        result:
          e.reason === 'condition' ? t('engine.log.skipped.condition') : t('engine.log.skipped.disabled'),
        tone: 'orange',
      };
    case 'robot.failed':
      return {
        kind: t('engine.log.kind.failed'),
        node: names.robot(e.robot),
        result: robotErrorText(e.error, names, names.robotType(e.robot), translator),
        tone: 'red',
      };
    case 'robot.cancelled':
      return {
        kind: t('engine.log.kind.cancelled'),
        node: names.robot(e.robot),
        result:
          e.reason === 'order.canceled'
            ? t('engine.log.cancelled.orderCanceled')
            : t('engine.log.cancelled.statusLeft'),
        tone: 'grey',
      };
    case 'event':
      return {
        kind: t('engine.log.kind.event'),
        node: eventTitle(e.event, translator),
        result:
          e.source === 'scenario'
            ? t('engine.log.event.scenario')
            : e.source === 'reaction'
              ? t('engine.log.event.reaction')
              : t('engine.log.event.robot', { robot: names.robot(e.robot ?? '') }),
        tone: 'violet',
      };
    case 'trigger.fired':
      return {
        kind: t('engine.log.kind.triggerFired'),
        node: names.trigger(e.trigger),
        result: t('engine.log.triggerFired', { from: names.status(e.from), to: names.status(e.to) }),
        tone: 'blue',
      };
    case 'end':
      return {
        kind: t('engine.log.kind.end'),
        node: '',
        result: t(END_WORDS[e.reason]),
        tone: e.reason === 'idle' ? 'neutral' : 'orange',
      };
  }
}

function eventTitle(type: string, translator: Translator): string {
  try {
    return triggerDefinition(type as TriggerType)
      ? catalogTitle(translator, 'trigger', type as TriggerType)
      : type;
  } catch {
    return type;
  }
}
