import type { Expectation } from '../../domain/expectations';
import type { TimelineEntry } from '../../domain/timeline';

/** "Expect this" on a log row: the expectation that says this row must happen; undefined for other rows. */
export function expectFromEntry(e: TimelineEntry): Expectation | undefined {
  switch (e.kind) {
    case 'robot.done':
      return { robot: e.robot, is: 'done' };
    case 'robot.failed':
      return { robot: e.robot, is: 'failed' };
    case 'robot.skipped':
      return { robot: e.robot, is: 'skipped' };
    case 'robot.cancelled':
      return { robot: e.robot, is: 'cancelled' };
    case 'status.entered':
      return { status: e.status, is: 'entered' };
    case 'end':
      return { status: e.status, is: 'final' };
    case 'event':
    case 'robot.scheduled':
    case 'status.left':
    case 'trigger.fired':
      return undefined;
  }
}
