import type { Flow, Robot } from '../flow';
import type { RobotId } from '../ids';
import { indexLinks } from './links';
import type { LinkIndex } from './links';

/** The answer of a "can I?" rule: yes, or no with a code and a sentence a business user understands. */
export type RuleResult = { ok: true } | { ok: false; code: RuleRefusalCode; reason: string };

export type RuleRefusalCode =
  'unknown-robot' | 'unknown-status' | 'self' | 'other-status' | 'has-previous' | 'cycle' | 'same-status';

const refuse = (code: RuleRefusalCode, reason: string): RuleResult => ({ ok: false, code, reason });

/** A robot's readable label for messages: its name, else its id. */
export const robotLabel = (robot: Robot): string => (robot.name ? `“${robot.name}”` : `“${robot.id}”`);

/**
 * True when following `after` links upwards from `start` reaches `target`. Robots on a loop (an
 * imported one, say, which lint reports) are answered too.
 */
export function isAncestor(flow: Flow, target: RobotId, start: RobotId): boolean {
  return indexLinks(flow).comesBefore(target, start);
}

/**
 * May `to` run "after previous" `from`? docs/semantics.md §1: both in one status, at most one previous robot,
 * no cycle, never itself. Asked by the connect command and the canvas's isValidConnection.
 */
export function canConnect(flow: Flow, fromRobotId: RobotId, toRobotId: RobotId): RuleResult {
  return judgeLink(indexLinks(flow), fromRobotId, toRobotId);
}

/**
 * The robots `robot` may run after, for the inspector's Execution list: every robot of the flow the
 * rule accepts as its previous one once its current link is set aside (it has one previous robot, so
 * every choice would otherwise be refused as "has previous"). One index serves all candidates, so a
 * 5,000-robot design still answers at once.
 */
export function allowedPrevious(flow: Flow, robot: Robot): Robot[] {
  const links = indexLinks(flow);
  return flow.robots.filter((r) => judgeLink(links, r, robot, { replacing: true }).ok);
}

/**
 * The connection rule itself; canConnect, allowedPrevious and lint's check of saved links
 * (lint/rules/chains.ts) all come here. `replacing` judges `to` as if its current previous link were
 * removed: the link being chosen anew, or the link under review.
 */
export function judgeLink(
  links: LinkIndex,
  fromRobot: Robot | string,
  toRobot: Robot | string,
  { replacing = false }: { replacing?: boolean } = {},
): RuleResult {
  const from = typeof fromRobot === 'string' ? links.robot(fromRobot) : fromRobot;
  const to = typeof toRobot === 'string' ? links.robot(toRobot) : toRobot;
  if (!from) return refuse('unknown-robot', `There is no robot “${String(fromRobot)}”.`);
  if (!to) return refuse('unknown-robot', `There is no robot “${String(toRobot)}”.`);
  if (from.id === to.id) return refuse('self', 'A robot cannot run after itself.');
  if (from.status !== to.status)
    return refuse('other-status', 'Robots can only run after a robot of the same status.');
  if (!replacing && to.after !== null) {
    const previous = links.robot(to.after);
    const label = previous ? robotLabel(previous) : `“${to.after}”`;
    return refuse(
      'has-previous',
      `${robotLabel(to)} already runs after ${label}; a robot has one previous robot.`,
    );
  }
  // Linking from → to closes a loop exactly when `to` is already above `from` in its chain.
  if (links.comesBefore(to.id, from.id))
    return refuse(
      'cycle',
      `${robotLabel(to)} already comes before ${robotLabel(from)}: this would make a loop.`,
    );
  return { ok: true };
}
