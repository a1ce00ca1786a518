import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';
import { createRun } from '../engine';

/**
 * Bitrix24's "skip pause": replays the run up to the entry at `position`, runs the waiting robot
 * now instead of at its delay, then lets the run go on. Returns the new timeline and the position
 * of the robot's result in it, or undefined when the robot is not waiting there.
 */
export function skipPause(
  flow: Flow,
  scenario: Scenario,
  position: number,
  robotId: string,
): { timeline: Timeline; position: number } | undefined {
  const run = createRun(flow, scenario);
  for (let i = 0; i <= position; i++) if (!run.next()) return undefined;
  const before = run.timeline().entries.length;
  if (!run.skipDelay(robotId)) return undefined;
  run.runToEnd();
  const timeline = run.timeline();
  // The robot's outcome is the first entry about it after the replayed part.
  const hit = timeline.entries.findIndex((e, i) => i >= before && 'robot' in e && e.robot === robotId);
  return { timeline, position: hit < 0 ? before : hit };
}
