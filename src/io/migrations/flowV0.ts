import { z } from 'zod';
import type { Robot } from '../../domain/flow';
import { robotTitle } from '../../domain/naming';
import type { JsonObject } from '../json';
import type { IoProblem } from '../problems';
import { jsonPath } from '../problems';
import { validateWith } from '../zodProblems';
import type { Migration } from './types';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/*
 * Version 0 of the flow format is the flat list Bitrix24 itself shows: the robots of each status in
 * list order, each with a boolean `afterPrevious` ("run after the previous robot"), meaning the robot
 * listed just before it in the same status. Version 1 names that robot explicitly in `after`, which
 * allows fan-out (several robots after one) and survives reordering on the canvas.
 */

/** Only what this step reads is checked here; the full document is validated after migrating. */
export const v0Robots = z.array(
  z
    .object({
      id: z.string().min(1),
      status: z.string().min(1),
      afterPrevious: z.boolean().optional(),
    })
    .loose(),
);

type V0Robot = z.infer<typeof v0Robots>[number];

const KNOWN_V0_KEYS = new Set(['id', 'status', 'afterPrevious']);
const AFTER_PREVIOUS = new Set(['afterPrevious']);

/**
 * Copies the own keys of `from` not in `skip`, in order, onto `to`: what `{...rest}` does, without
 * the two object copies per robot that rest and spread cost on a 5,000-robot file. Robots reaching
 * here have no own "__proto__" key (zod drops it, the fast path refuses it), so assigning is safe.
 */
function copyOtherKeys<T extends object>(to: T, from: object, skip: ReadonlySet<string>): T {
  for (const key in from) {
    if (Object.hasOwn(from, key) && !skip.has(key))
      (to as Record<string, unknown>)[key] = (from as Record<string, unknown>)[key];
  }
  return to;
}

/** A robot the fast path can take as it is: what v0Robots accepts, with no key zod would drop. */
function isPlainV0Robot(robot: unknown): robot is V0Robot {
  if (typeof robot !== 'object' || robot === null || Array.isArray(robot)) return false;
  const { id, status, afterPrevious } = robot as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id !== '' &&
    typeof status === 'string' &&
    status !== '' &&
    (afterPrevious === undefined || typeof afterPrevious === 'boolean') &&
    !Object.hasOwn(robot, '__proto__')
  );
}

/**
 * The robots as v0Robots reads them. A 5,000-robot list takes zod milliseconds it does not need
 * when every robot is well formed, so those are copied directly (known keys first, as zod orders
 * them, so later warnings list keys in the same order); anything else goes through zod for its
 * messages.
 */
export function readV0Robots(
  robots: unknown,
  translator: Translator = englishTranslator,
): ReturnType<typeof validateWith<typeof v0Robots>> {
  if (robots === undefined) return { ok: true, value: [] };
  if (!Array.isArray(robots) || !robots.every(isPlainV0Robot))
    return validateWith(v0Robots, robots, translator);
  return {
    ok: true,
    value: robots.map((robot) => {
      const copy: V0Robot = { id: robot.id, status: robot.status };
      if (robot.afterPrevious !== undefined) copy.afterPrevious = robot.afterPrevious;
      return copyOtherKeys(copy, robot, KNOWN_V0_KEYS);
    }),
  };
}

/** A robot as the warning names it: its name when the file gives one, else its id (all version 0 has). */
/**
 * Its name, else its type's title in the reader's language ("Send email"; the problem's place says
 * which robot), and its id only when the file gives neither.
 */
function v0RobotName(robot: V0Robot, translator: Translator): string {
  const { name, type } = robot as { name?: unknown; type?: unknown };
  if (typeof name === 'string' && name.trim() !== '') return name;
  return (typeof type === 'string' && robotTitle({ type } as Robot, translator)) || robot.id;
}

export const flowV0ToV1: Migration = {
  format: 'orderflow.flow',
  from: 0,
  description:
    'Robots: the boolean "afterPrevious" becomes "after", the id of the previous robot of the same status.',
  up(doc: JsonObject, translator: Translator = englishTranslator) {
    const checked = readV0Robots(doc.robots, translator);
    if (!checked.ok) {
      return {
        ok: false,
        errors: checked.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, '$.robots') })),
      };
    }
    const warnings: IoProblem[] = [];
    const lastInStatus = new Map<string, string>();
    const robots = checked.value.map((robot, index) => {
      let after: string | null = null;
      if (robot.afterPrevious) {
        after = lastInStatus.get(robot.status) ?? null;
        if (after === null) {
          warnings.push({
            code: 'OF008',
            path: jsonPath(['robots', index, 'afterPrevious']),
            message: translator.t('io.migrate.flowV0.noPrevious', { robot: v0RobotName(robot, translator) }),
          });
        }
      }
      lastInStatus.set(robot.status, robot.id);
      const v1: Record<string, unknown> = copyOtherKeys({}, robot, AFTER_PREVIOUS);
      v1.after = after;
      return v1;
    });
    return { ok: true, doc: { ...doc, version: 1, robots }, warnings };
  },
};
