import type { Delay } from '../domain/delay';
import type { WorkTime } from '../domain/flow';
import { addUnits, atTimeOfDay, parseInstant } from './time';
import { nextWorkingTime } from './workTime';

/** What rule 8 gives for a reached robot: when it runs, or that it must fail at t. */
export type RunTime = { at: number; failBasis?: undefined } | { at: number; failBasis: string };

export interface RunTimeContext {
  zone: string;
  workTime: WorkTime;
  /** Reads the basis field (order.* with the engine's defaults). */
  read(path: string): unknown;
}

/**
 * docs/semantics.md §4 rule 8 and §4.1: the run time of a robot reached at t. The time is first raised to t, then
 * moved into working hours when `workTime` is set. An empty or non-datetime basis gives t and a
 * failure ("Cannot schedule: FIELD is empty") that the run reports.
 */
export function computeRunTime(delay: Delay, t: number, ctx: RunTimeContext): RunTime {
  let at: number;
  switch (delay.type) {
    case 'immediate':
      // The hot path: no luxon unless working hours are asked for.
      if (!delay.workTime) return { at: t };
      at = t;
      break;
    case 'after': {
      if (delay.basis === undefined) {
        at = addUnits(t, delay.value, delay.unit, ctx.zone);
        break;
      }
      const basis = parseInstant(ctx.read(delay.basis));
      if (basis === undefined) return { at: t, failBasis: delay.basis };
      at = addUnits(basis, delay.value, delay.unit, ctx.zone);
      break;
    }
    case 'before': {
      const basis = parseInstant(ctx.read(delay.basis));
      if (basis === undefined) return { at: t, failBasis: delay.basis };
      at = addUnits(basis, delay.value, delay.unit, ctx.zone, -1);
      break;
    }
    case 'at': {
      const basis = parseInstant(ctx.read(delay.basis));
      if (basis === undefined) return { at: t, failBasis: delay.basis };
      at = delay.time ? atTimeOfDay(basis, delay.time, ctx.zone) : basis;
      break;
    }
  }
  if (at < t) at = t;
  if (delay.workTime) at = nextWorkingTime(at, ctx.workTime, ctx.zone);
  return { at };
}

/** The failure a run reports when its basis field was empty when it was reached. */
export const cannotScheduleMessage = (basis: string): string => `Cannot schedule: ${basis} is empty`;
