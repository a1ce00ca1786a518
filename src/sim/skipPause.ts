import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';
import { createRun, simulate } from '../engine';

/**
 * The robots that "Skip pause" can act on at an instant: those still queued once every job due at
 * that instant has run (docs/semantics.md §4 order). A robot whose run time is that instant runs anyway, and one the
 * instant's jobs cancel is gone: neither is offered.
 */
export function skippableAt(flow: Flow, scenario: Scenario, at: string): Set<string> {
  const run = createRun(flow, scenario);
  run.runUntil(at);
  if (run.ended) return new Set();
  return new Set(run.peekQueue().flatMap((j) => (j.kind === 'robot' && j.at > at ? [j.robot] : [])));
}

/**
 * Bitrix24's "skip pause", made reproducible: the skip is recorded in the scenario (`skips`), and
 * the run is computed again from it — the same computation the CLI makes from the file. Returns the
 * scenario with the skip, its timeline and the position of the robot's outcome; undefined when the
 * robot is not waiting at that instant.
 */
export function skipPause(
  flow: Flow,
  scenario: Scenario,
  at: string,
  robotId: string,
): { scenario: Scenario; timeline: Timeline; position: number } | undefined {
  if (!skippableAt(flow, scenario, at).has(robotId)) return undefined;
  const next: Scenario = { ...scenario, skips: [...(scenario.skips ?? []), { robot: robotId, at }] };
  const timeline = simulate(flow, next);
  const hit = timeline.entries.findIndex(
    (e) =>
      e.at === at &&
      'robot' in e &&
      e.robot === robotId &&
      e.kind !== 'event' &&
      e.kind !== 'robot.scheduled',
  );
  return { scenario: next, timeline, position: hit < 0 ? timeline.entries.length - 1 : hit };
}
