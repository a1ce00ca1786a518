import type { Delay } from '../../delay';
import type { Robot } from '../../flow';

/*
 * When a robot runs, relative to its status's entry, as far as the design alone says (docs/semantics.md §4 rules
 * 3–5 and 8): a robot is reached when its previous robot has run (or at entry), then waits for its
 * own delay. A disabled robot waits for nothing: it is skipped when reached and its successors are
 * reached at once.
 */

export interface Timing {
  /** Equal keys mean "at the same moment of an entry" for every order; different keys decide nothing. */
  key: string;
  /** Exactly at the entry instant (every delay in the chain is immediate, without working hours). */
  atEntry: boolean;
  /** Certainly after the entry instant (some delay in the chain adds a positive elapsed amount). */
  later: boolean;
  /**
   * Whether the run time is restricted to the day: `entry` (as the entry), `day` (the last delay
   * puts it in working hours or at a daytime clock time, later ones immediate), `any` (otherwise).
   */
  clock: 'entry' | 'day' | 'any';
}

const UNIT_MS = { minutes: 60_000, hours: 3_600_000 } as const;

/** Exact offsets keep days apart from elapsed time: a calendar day is not always 24 hours. */
const exactKey = (days: number, ms: number) => `+${days}d${ms}ms`;

export const AT_ENTRY: Timing = { key: exactKey(0, 0), atEntry: true, later: false, clock: 'entry' };

interface Exact {
  days: number;
  ms: number;
}

/** Parses an exact key back; undefined for keys of run times that depend on the order or the calendar. */
function exactOf(key: string): Exact | undefined {
  const m = /^\+(\d+(?:\.\d+)?)d(\d+(?:\.\d+)?)ms$/.exec(key);
  return m ? { days: Number(m[1]), ms: Number(m[2]) } : undefined;
}

/** Is a clock time within the daytime hours [08:00, 21:00)? */
export const isDaytime = (hhmm: string): boolean => hhmm >= '08:00' && hhmm < '21:00';

/** The timing of a robot reached with timing `reached`, after its own delay. */
export function afterDelay(reached: Timing, delay: Delay, workHoursAreDaytime: boolean): Timing {
  const positive = 'value' in delay && delay.value > 0;
  const clock: Timing['clock'] = delay.workTime
    ? workHoursAreDaytime
      ? 'day'
      : 'any'
    : delay.type === 'at' && delay.time !== undefined && isDaytime(delay.time)
      ? 'day'
      : delay.type === 'immediate'
        ? reached.clock
        : 'any';
  if (delay.type === 'immediate' && !delay.workTime) return reached;
  const exact = exactOf(reached.key);
  if (exact && delay.type === 'after' && delay.basis === undefined && !delay.workTime) {
    const days = exact.days + (delay.unit === 'days' ? delay.value : 0);
    const ms = exact.ms + (delay.unit === 'days' ? 0 : delay.value * UNIT_MS[delay.unit]);
    return { key: exactKey(days, ms), atEntry: days === 0 && ms === 0, later: days > 0 || ms > 0, clock };
  }
  // A basis date may lie in the past (the run time is then raised to the reach time), and working
  // hours may already hold: only a positive elapsed amount without a basis is certainly later.
  const later = reached.later || (delay.type === 'after' && delay.basis === undefined && positive);
  return { key: `${reached.key}>${JSON.stringify(delay)}`, atEntry: false, later, clock };
}

/** The timing of every robot, following `after` chains; robots in a cycle or after a missing robot are left out. */
export function timings(robots: readonly Robot[], workHoursAreDaytime: boolean): Map<Robot, Timing> {
  const byId = new Map<string, Robot>();
  for (const r of robots) if (!byId.has(r.id)) byId.set(r.id, r);
  const out = new Map<Robot, Timing>();
  const visiting = new Set<Robot>();
  const timingOf = (robot: Robot): Timing | undefined => {
    const known = out.get(robot);
    if (known) return known;
    if (visiting.has(robot)) return undefined;
    visiting.add(robot);
    let reached: Timing | undefined = AT_ENTRY;
    if (robot.after !== null) {
      const previous = byId.get(robot.after);
      // Successors are reached when the previous robot has run (a disabled one: when it was reached).
      reached = previous && previous.status === robot.status ? timingOf(previous) : undefined;
    }
    visiting.delete(robot);
    if (!reached) return undefined;
    const own = robot.disabled ? reached : afterDelay(reached, robot.delay, workHoursAreDaytime);
    out.set(robot, own);
    return own;
  };
  for (const r of robots) timingOf(r);
  return out;
}
