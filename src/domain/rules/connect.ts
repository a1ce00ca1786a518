import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow, Robot } from '../flow';
import type { RobotId } from '../ids';
import { indexLinks } from './links';
import type { LinkIndex } from './links';
import { robotTitle } from '../naming';

/** The answer of a "can I?" rule: yes, or no with a code and a sentence a business user understands. */
export type RuleResult = { ok: true } | { ok: false; code: RuleRefusalCode; reason: string };

export type RuleRefusalCode =
  'unknown-robot' | 'unknown-status' | 'self' | 'other-status' | 'has-previous' | 'cycle' | 'same-status';

const refuse = (code: RuleRefusalCode, reason: string): RuleResult => ({ ok: false, code, reason });

/** A robot's readable label for messages: its name, else its type's title (never its id); unquoted. */
export const robotLabel = (robot: Robot, translator: Translator = englishTranslator): string =>
  robotTitle(robot, translator);

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
export function canConnect(
  flow: Flow,
  fromRobotId: RobotId,
  toRobotId: RobotId,
  translator: Translator = englishTranslator,
): RuleResult {
  return judgeLink(indexLinks(flow), fromRobotId, toRobotId, {}, translator);
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
  translator: Translator = englishTranslator,
): RuleResult {
  const { t } = translator;
  const label = (robot: Robot) => robotLabel(robot, translator);
  const from = typeof fromRobot === 'string' ? links.robot(fromRobot) : fromRobot;
  const to = typeof toRobot === 'string' ? links.robot(toRobot) : toRobot;
  if (!from || !to) return refuse('unknown-robot', t('io.rule.unknownRobot'));
  if (from.id === to.id) return refuse('self', t('io.rule.self'));
  if (from.status !== to.status) return refuse('other-status', t('io.rule.otherStatus'));
  if (!replacing && to.after !== null) {
    const previous = links.robot(to.after);
    return refuse(
      'has-previous',
      previous
        ? t('io.rule.hasPrevious', { robot: label(to), previous: label(previous) })
        : t('io.rule.hasMissingPrevious', { robot: label(to) }),
    );
  }
  // Linking from → to closes a loop exactly when `to` is already above `from` in its chain.
  if (links.comesBefore(to.id, from.id))
    return refuse('cycle', t('io.rule.cycle', { robot: label(to), previous: label(from) }));
  return { ok: true };
}
