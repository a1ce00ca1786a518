import type { Flow, Robot } from '../flow';
import type { RobotId } from '../ids';

/** The answer of a "can I?" rule: yes, or no with a code and a sentence a business user understands. */
export type RuleResult = { ok: true } | { ok: false; code: RuleRefusalCode; reason: string };

export type RuleRefusalCode =
  'unknown-robot' | 'unknown-status' | 'self' | 'other-status' | 'has-previous' | 'cycle' | 'same-status';

const refuse = (code: RuleRefusalCode, reason: string): RuleResult => ({ ok: false, code, reason });

/** A robot's readable label for messages: its name, else its id. */
export const robotLabel = (robot: Robot): string => (robot.name ? `“${robot.name}”` : `“${robot.id}”`);

/**
 * True when following `after` links upwards from `start` reaches `target`. A guard on visited ids keeps
 * it finite on a document that already holds a cycle (an imported one, say), which lint reports.
 */
export function isAncestor(flow: Flow, target: RobotId, start: RobotId): boolean {
  const byId = new Map(flow.robots.map((r) => [r.id, r]));
  const seen = new Set<RobotId>();
  let current: RobotId | null = start;
  while (current !== null && !seen.has(current)) {
    if (current === target) return true;
    seen.add(current);
    current = byId.get(current)?.after ?? null;
  }
  return false;
}

/**
 * May `to` run "after previous" `from`? docs/semantics.md §1: both in one status, at most one previous robot,
 * no cycle, never itself. Shared by the connect command, the canvas's isValidConnection and lint.
 */
export function canConnect(flow: Flow, fromRobotId: RobotId, toRobotId: RobotId): RuleResult {
  const from = flow.robots.find((r) => r.id === fromRobotId);
  const to = flow.robots.find((r) => r.id === toRobotId);
  if (!from) return refuse('unknown-robot', `There is no robot “${fromRobotId}”.`);
  if (!to) return refuse('unknown-robot', `There is no robot “${toRobotId}”.`);
  if (from.id === to.id) return refuse('self', 'A robot cannot run after itself.');
  if (from.status !== to.status)
    return refuse('other-status', 'Robots can only run after a robot of the same status.');
  if (to.after !== null) {
    const previous = flow.robots.find((r) => r.id === to.after);
    const label = previous ? robotLabel(previous) : `“${to.after}”`;
    return refuse(
      'has-previous',
      `${robotLabel(to)} already runs after ${label}; a robot has one previous robot.`,
    );
  }
  // Linking from → to closes a loop exactly when `to` is already above `from` in its chain.
  if (isAncestor(flow, to.id, from.id))
    return refuse(
      'cycle',
      `${robotLabel(to)} already comes before ${robotLabel(from)}: this would make a loop.`,
    );
  return { ok: true };
}
