import { cancelsOrder, moveTargetOf, movesOrder } from '../../catalog/facts';
import { judgeCondition } from '../../conditionSense';
import type { Robot } from '../../flow';
import type { LintContext } from '../types';
import type { Timing } from './timing';
import { isDaytime, timings } from './timing';

/** What the hazard rules share, computed once per lint run. */
export interface HazardFacts {
  /** Robots of each status, in document order. */
  robotsByStatus: ReadonlyMap<string, readonly Robot[]>;
  /** Robots whose previous robot is this one, in document order. */
  successors: ReadonlyMap<string, readonly Robot[]>;
  timing: ReadonlyMap<Robot, Timing>;
  /** The flow's working hours lie within 08:00–21:00, so "only during working hours" means daytime. */
  workHoursAreDaytime: boolean;
  /**
   * Per status: the robots that move the order away at the entry instant for every order (see
   * `surelyMoves`), in the order they would run; the first one decides where the order goes.
   */
  entryMovers: ReadonlyMap<string, readonly Robot[]>;
  /** Per status: where the order goes at the entry instant for every order, and by which robot. */
  entryDestination: ReadonlyMap<string, { robot: Robot; target: string }>;
}

const cache = new WeakMap<LintContext, HazardFacts>();

export function hazardFacts(ctx: LintContext): HazardFacts {
  let facts = cache.get(ctx);
  if (!facts) {
    facts = build(ctx);
    cache.set(ctx, facts);
  }
  return facts;
}

/**
 * A robot that, once it runs, moves the order for every order: enabled, no condition (or one that
 * always holds), a target status that exists (a failure status for Cancel order, else it fails),
 * and no basis date in its delay (an empty basis fails the run and lets its chain continue).
 */
export function surelyMoves(ctx: LintContext, robot: Robot): boolean {
  if (robot.disabled || !movesOrder(robot) || 'basis' in robot.delay) return false;
  if (robot.condition && judgeCondition(robot.condition).verdict !== 'always') return false;
  const target = moveTargetOf(robot);
  const status = target === undefined ? undefined : ctx.statusById.get(target);
  if (!status) return false;
  return !cancelsOrder(robot) || status.semantics === 'failure';
}

function build(ctx: LintContext): HazardFacts {
  const robotsByStatus = new Map<string, Robot[]>();
  const successors = new Map<string, Robot[]>();
  for (const robot of ctx.flow.robots) {
    const list = robotsByStatus.get(robot.status);
    if (list) list.push(robot);
    else robotsByStatus.set(robot.status, [robot]);
    if (robot.after !== null) {
      const next = successors.get(robot.after);
      if (next) next.push(robot);
      else successors.set(robot.after, [robot]);
    }
  }
  const work = ctx.flow.settings.workTime;
  // The default working hours (09:00–18:00) are daytime; a night shift (end before start) is not.
  const workHoursAreDaytime =
    !work || (work.start < work.end && isDaytime(work.start) && work.end <= '21:00' && work.end > '08:00');
  const timing = timings(ctx.flow.robots, workHoursAreDaytime);

  const entryMovers = new Map<string, Robot[]>();
  const entryDestination = new Map<string, { robot: Robot; target: string }>();
  for (const [status, robots] of robotsByStatus) {
    // The entry instant's runs in queue order (docs/semantics.md §4 rules 3–5): the robots without a previous
    // robot in document order, then, level by level, the successors of each as it runs.
    const queue = robots.filter((r) => r.after === null && timing.get(r)?.atEntry);
    const seen = new Set(queue);
    const movers: Robot[] = [];
    let decided = false;
    for (let i = 0; i < queue.length; i++) {
      const robot = queue[i]!;
      if (!robot.disabled && movesOrder(robot)) {
        const sure = surelyMoves(ctx, robot);
        if (sure) movers.push(robot);
        // The first robot that may move decides the destination; a conditional one leaves it open.
        if (!decided) {
          decided = true;
          if (sure) entryDestination.set(status, { robot, target: moveTargetOf(robot)! });
        }
        if (sure) continue; // its chain ends with the move
      }
      // `seen`: with duplicate ids (their own problem) a robot can be its own successor's previous.
      for (const next of successors.get(robot.id) ?? [])
        if (next.status === status && timing.get(next)?.atEntry && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    }
    if (movers.length) entryMovers.set(status, movers);
  }
  return { robotsByStatus, successors, timing, workHoursAreDaytime, entryMovers, entryDestination };
}
