import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow } from '../flow';
import type { RobotId, StatusId } from '../ids';
import type { RuleResult } from './connect';

/**
 * May the robot move to status `toStatus`? The robot and the status must exist and the status must
 * differ (a move within the lane is not a move). Its edges are not a reason to refuse: the move
 * command detaches them (see commands/robot.ts), and the canvas tells the user.
 */
export function canMove(
  flow: Flow,
  robotId: RobotId,
  toStatus: StatusId,
  { t }: Translator = englishTranslator,
): RuleResult {
  const robot = flow.robots.find((r) => r.id === robotId);
  if (!robot) return { ok: false, code: 'unknown-robot', reason: t('io.rule.unknownRobot') };
  if (!flow.statuses.some((s) => s.id === toStatus))
    return { ok: false, code: 'unknown-status', reason: t('io.rule.unknownStatus') };
  if (robot.status === toStatus) return { ok: false, code: 'same-status', reason: t('io.rule.sameStatus') };
  return { ok: true };
}
