import { robotDefinition, triggerDefinition } from '../../domain/catalog';
import type { Flow } from '../../domain/flow';
import type { Timeline, TimelineEntry } from '../../domain/timeline';

/** The first seven are the log's fixed layout; `local` came later, last, so their positions stay. */
export const TIMELINE_CSV_COLUMNS = [
  'seq',
  'at',
  'offset',
  'kind',
  'status',
  'node',
  'detail',
  'local',
] as const;

/** `at` as the wall clock of `zone` reads it: "2026-03-02 10:15:00" (the header names the zone). */
export function localTime(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** RFC 4180: quote a field holding a comma, a quote, a line break or edge spaces; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text the user typed (names, outputs) can start with = + - @, which spreadsheets run as a formula
 * (CSV injection); a leading apostrophe makes them show it as text.
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Time since the first entry, `3d 04:05:06`: readable and sortable as text. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const days = Math.floor(total / 86_400);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hms = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return `${days}d ${hms}`;
}

function nodeLabel(entry: TimelineEntry, flow: Flow | undefined): string {
  if ('robot' in entry && entry.robot) {
    const robot = flow?.robots.find((r) => r.id === entry.robot);
    if (!robot) return entry.robot;
    return `${robot.name ?? robotDefinition(robot.type).title} (${robot.id})`;
  }
  if (entry.kind === 'trigger.fired') {
    const trigger = flow?.triggers.find((t) => t.id === entry.trigger);
    if (!trigger) return entry.trigger;
    return `${trigger.name ?? triggerDefinition(trigger.type).title} (${trigger.id})`;
  }
  return '';
}

/** One sentence-ish cell per entry kind: what a reader of the spreadsheet needs beyond the kind. */
function detail(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'status.entered':
      return `from ${entry.from ?? '(start)'} by ${entry.cause}${entry.by ? ` ${entry.by}` : ''}`;
    case 'status.left':
      return `to ${entry.to}`;
    case 'robot.scheduled':
      return `runs at ${entry.runAt}`;
    case 'robot.done':
      return Object.keys(entry.output).length > 0 ? JSON.stringify(entry.output) : '';
    case 'robot.skipped':
    case 'robot.cancelled':
      return entry.reason;
    case 'robot.failed':
      return entry.error;
    case 'event':
      return `${entry.event} (${entry.source})${entry.data ? ` ${JSON.stringify(entry.data)}` : ''}`;
    case 'trigger.fired':
      return `${entry.from} → ${entry.to}`;
    case 'end':
      return entry.reason;
  }
}

/**
 * The timeline log as CSV (RFC 4180, CRLF), columns seq, at (UTC), offset, kind, status, node,
 * detail, and `local (ZONE)`: the same instant on the wall clock of the flow's time zone (UTC without a flow).
 */
export function timelineToCsv(timeline: Timeline, flow?: Flow): string {
  const zone = flow?.settings.timezone ?? 'UTC';
  const first = timeline.entries[0] ? Date.parse(timeline.entries[0].at) : 0;
  const rows = timeline.entries.map((entry) =>
    [
      String(entry.seq),
      entry.at,
      formatOffset(Date.parse(entry.at) - first),
      entry.kind,
      defuse(entry.status),
      defuse(nodeLabel(entry, flow)),
      defuse(detail(entry)),
      localTime(entry.at, zone),
    ]
      .map(csvField)
      .join(','),
  );
  const header = TIMELINE_CSV_COLUMNS.map((c) => (c === 'local' ? csvField(`local (${zone})`) : c)).join(',');
  return [header, ...rows].map((row) => `${row}\r\n`).join('');
}
