import { robotDefinition, triggerDefinition } from './catalog';
import type { Command } from './commands';
import type { Flow, Robot } from './flow';
import type { StatusId } from './ids';

/*
 * Moving the selected robots and triggers to another status without a mouse: the inspector's
 * "Status" select and the Alt+←/→ shortcut on a selected card. Pure, so both share one rule and
 * one sentence for the user, and the tests can check them without a browser.
 */

export interface CardsMove {
  /** One command (a batch when several cards move), so the move is one undo step. */
  command: Command;
  toStatus: StatusId;
  /** What to tell the user: where the cards went and which "after previous" links were removed. */
  message: string;
}

const statusName = (flow: Flow, id: string) => flow.statuses.find((s) => s.id === id)?.name ?? id;

/** Whether moving a robot out of its status cuts "after previous" links (its own, or a follower's). */
export const hasChainLinks = (flow: Flow, robot: Robot): boolean =>
  robot.after !== null || flow.robots.some((other) => other.after === robot.id);

/**
 * What the user is told after cards moved to another status — by the keyboard, the inspector or a
 * drag: where they went and, when robots left a chain (`from`), that its links there are gone.
 */
export function movedSentence(names: readonly string[], to: string, from?: string): string {
  const quoted = names.map((n) => `“${n}”`).join(', ');
  const moved = `${quoted} moved to “${to}”.`;
  if (from === undefined) return moved;
  return `${moved} Its “after previous” links in “${from}” were removed; the robots after it now follow its previous robot.`;
}

/** The lane a move by `step` (−1 left, +1 right) from the last selected card goes to, if any. */
export function neighbourStatusOf(flow: Flow, selection: readonly string[], step: -1 | 1): StatusId | null {
  const cards = selection
    .map((id) => flow.robots.find((r) => r.id === id) ?? flow.triggers.find((t) => t.id === id))
    .filter((card) => card !== undefined);
  const last = cards.at(-1);
  if (!last) return null;
  const index = flow.statuses.findIndex((s) => s.id === last.status);
  return flow.statuses[index + step]?.id ?? null;
}

/**
 * The command that puts the selected cards into `toStatus` (cards already there stay), or null when
 * nothing would move. A robot leaves its chain, as when it is dragged: its links cannot cross statuses.
 */
export function moveCardsCommand(
  flow: Flow,
  selection: readonly string[],
  toStatus: StatusId,
): CardsMove | null {
  const ids = new Set(selection);
  const robots = flow.robots.filter((r) => ids.has(r.id) && r.status !== toStatus);
  const triggers = flow.triggers.filter((t) => ids.has(t.id) && t.status !== toStatus);
  const commands: Command[] = [
    ...robots.map((r): Command => ({ type: 'robot.move', id: r.id, toStatus })),
    ...triggers.map((t): Command => ({ type: 'trigger.move', id: t.id, toStatus })),
  ];
  if (commands.length === 0) return null;

  const names = [
    ...robots.map((r) => r.name ?? robotDefinition(r.type).title),
    ...triggers.map((t) => t.name ?? triggerDefinition(t.type).title),
  ];
  const linked = robots.filter((r) => hasChainLinks(flow, r));
  const from = linked.length > 0 ? statusName(flow, linked[0]!.status) : undefined;
  const message = movedSentence(names, statusName(flow, toStatus), from);
  return { command: commands.length === 1 ? commands[0]! : { type: 'batch', commands }, toStatus, message };
}
