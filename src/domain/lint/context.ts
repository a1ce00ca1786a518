import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow, Robot, Trigger } from '../flow';
import type { Environment } from '../scenario';
import { namer } from '../naming';
import type { LintContext } from './types';

/** Indexes every rule needs, built once per lint run. */
export function buildContext(
  flow: Flow,
  env: Environment,
  translator: Translator = englishTranslator,
): LintContext {
  const statusById = new Map(flow.statuses.map((s) => [s.id as string, s] as const).reverse());
  const robotById = new Map<string, Robot>();
  for (const robot of flow.robots) if (!robotById.has(robot.id)) robotById.set(robot.id, robot);
  return {
    flow,
    env,
    statusById,
    robotById,
    robotIndex: new Map(flow.robots.map((r, i) => [r, i])),
    triggerIndex: new Map(flow.triggers.map((t: Trigger, i) => [t, i])),
    names: namer(flow, env, { t: translator }),
    t: translator.t,
    translator,
  };
}

/**
 * The robots a robot runs after, nearest first, following `after` within the flow. Stops at a
 * missing robot or when the chain loops (cycles are reported by their own rule).
 */
export function ancestors(ctx: LintContext, robot: Robot): Robot[] {
  const chain: Robot[] = [];
  const seen = new Set<Robot>([robot]);
  let current = robot.after === null ? undefined : ctx.robotById.get(robot.after);
  while (current && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
    current = current.after === null ? undefined : ctx.robotById.get(current.after);
  }
  return chain;
}
