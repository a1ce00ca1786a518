import type { Flow } from '../domain/flow';
import type { Timeline, TimelineEntry } from '../domain/timeline';
import { robotDefinition } from '../domain/catalog';
import type { RobotType } from '../domain/types';
// Not from ./time: that module brings luxon, and the canvas uses formatOffset on first paint.
import { instantMillis as parseInstant } from '../domain/conditions';
import type { Translator } from '../i18n/translator';

/**
 * The timeline as an aligned, readable table (the CLI's `--format text`): offset from the start
 * (`+3d 02:00`), kind, status, node name and detail. Pure, so the simulator panel can reuse it.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Elapsed time from the start in whole days and the clock of the rest: `{ days: 3, time: '02:00' }`. */
export function offsetParts(fromMs: number, toMs: number): { days: number; time: string } {
  const diff = Math.max(0, toMs - fromMs);
  const days = Math.floor(diff / DAY);
  const rest = diff - days * DAY;
  const hours = Math.floor(rest / (60 * MINUTE));
  const minutes = Math.floor((rest % (60 * MINUTE)) / MINUTE);
  const seconds = Math.floor((rest % MINUTE) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { days, time: `${pad(hours)}:${pad(minutes)}${seconds ? `:${pad(seconds)}` : ''}` };
}

/**
 * Elapsed time from the start as `+Dd HH:MM` (seconds only when there are some); in Russian
 * `+D дн. HH:MM` (`engine.offset`). Without a translator it is the CLI's fixed English notation.
 */
export function formatOffset(fromMs: number, toMs: number, translator?: Translator): string {
  const { days, time } = offsetParts(fromMs, toMs);
  return translator ? translator.t('engine.offset', { days, time }) : `+${days}d ${time}`;
}

/** Display names of a flow's statuses, robots and triggers. */
function namer(flow: Flow) {
  const statuses = new Map(flow.statuses.map((s) => [s.id as string, s.name]));
  // Unnamed robots show their type's title and id: two "Send email" robots stay distinguishable.
  const robots = new Map(
    flow.robots.map((r) => [r.id as string, r.name ?? `${titleOf(r.type) ?? r.type} (${r.id})`]),
  );
  const triggers = new Map(flow.triggers.map((t) => [t.id as string, t.name ?? t.id]));
  return {
    status: (id: string) => statuses.get(id) ?? id,
    robot: (id: string) => robots.get(id) ?? id,
    trigger: (id: string) => triggers.get(id) ?? id,
  };
}

function titleOf(type: RobotType): string | undefined {
  return (robotDefinition(type) as { title?: string } | undefined)?.title;
}

const compact = (value: unknown): string => JSON.stringify(value);

function describe(e: TimelineEntry, names: ReturnType<typeof namer>, startMs: number): [string, string] {
  switch (e.kind) {
    case 'status.entered':
      return [
        names.status(e.status),
        e.cause === 'start' ? 'start' : `from ${e.from ?? '—'} by ${e.cause} ${e.by ?? ''}`.trimEnd(),
      ];
    case 'status.left':
      return [names.status(e.status), `to ${e.to}`];
    case 'robot.scheduled':
      return [
        names.robot(e.robot),
        `runs ${formatOffset(startMs, parseInstant(e.runAt) ?? startMs)} (${e.runAt})`,
      ];
    case 'robot.done':
      return [names.robot(e.robot), compact(e.output)];
    case 'robot.skipped':
    case 'robot.cancelled':
      return [names.robot(e.robot), e.reason];
    case 'robot.failed':
      return [names.robot(e.robot), e.error];
    case 'event': {
      const from = e.source === 'robot' ? `from robot ${e.robot ?? ''}` : `from ${e.source}`;
      return [e.event, e.data === undefined ? from : `${from} ${compact(e.data)}`];
    }
    case 'trigger.fired':
      return [names.trigger(e.trigger), `${e.from} → ${e.to}`];
    case 'end':
      return ['', e.reason];
  }
}

/** Rows as lines of columns padded to their widest cell, two spaces apart (the last column free). */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** Renders a timeline as a table with a header row and a closing `final` line. */
export function formatTimelineText(timeline: Timeline, flow: Flow, startAt: string): string {
  const names = namer(flow);
  const startMs = parseInstant(startAt) ?? 0;
  const rows: string[][] = [['AT', 'KIND', 'STATUS', 'NODE', 'DETAIL']];
  for (const e of timeline.entries) {
    const [node, detail] = describe(e, names, startMs);
    rows.push([formatOffset(startMs, parseInstant(e.at) ?? startMs), e.kind, e.status, node, detail]);
  }
  const lines = alignColumns(rows);
  const { final } = timeline;
  const pending = final.pending.length
    ? final.pending
        .map((p) => `${p.robot} at ${formatOffset(startMs, parseInstant(p.runAt) ?? startMs)}`)
        .join(', ')
    : 'none';
  lines.push('', `final: status ${final.status} (${names.status(final.status)}), pending: ${pending}`);
  return lines.join('\n');
}
