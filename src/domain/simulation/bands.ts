import type { Timeline } from '../timeline';
import { instantMs } from './time';

/** The time the order spent in one status (one entry of it). */
export interface StatusBand {
  status: string;
  fromMs: number;
  toMs: number;
}

/** A robot's result on the time axis. */
export interface RobotMark {
  robot: string;
  atMs: number;
  outcome: 'done' | 'failed' | 'skipped' | 'cancelled';
  /** The log entry's seq, so a mark can select its log row. */
  seq: number;
}

export interface TimeAxis {
  startMs: number;
  endMs: number;
  bands: StatusBand[];
  marks: RobotMark[];
}

/**
 * The time axis of a run: a band per status entry (from entering to leaving, the last one to the
 * end) and a mark per robot result. Pure so the panel only has to place percentages.
 */
export function timeAxis(timeline: Timeline): TimeAxis {
  const entries = timeline.entries;
  const startMs = instantMs(entries[0]?.at ?? '') ?? 0;
  const endMs = Math.max(startMs, instantMs(entries[entries.length - 1]?.at ?? '') ?? startMs);
  const bands: StatusBand[] = [];
  const marks: RobotMark[] = [];
  let open: StatusBand | undefined;
  for (const e of entries) {
    const at = instantMs(e.at) ?? startMs;
    if (e.kind === 'status.entered') {
      open = { status: e.status, fromMs: at, toMs: at };
      bands.push(open);
    } else if (e.kind === 'status.left' && open) {
      open.toMs = at;
      open = undefined;
    } else if (
      e.kind === 'robot.done' ||
      e.kind === 'robot.failed' ||
      e.kind === 'robot.skipped' ||
      e.kind === 'robot.cancelled'
    ) {
      marks.push({
        robot: e.robot,
        atMs: at,
        outcome: e.kind.slice('robot.'.length) as RobotMark['outcome'],
        seq: e.seq,
      });
    }
  }
  if (open) open.toMs = endMs;
  return { startMs, endMs, bands, marks };
}
