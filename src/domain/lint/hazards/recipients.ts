import { fieldsWrittenBy } from '../../catalog/facts';
import { robotDefinition } from '../../catalog';
import { conditionLeaves } from '../../condition';
import { ancestors } from '../context';
import { problem, robotPath } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { robotName } from './names';

/**
 * OF810: a message to the client whose recipient an order may lack, with nothing in the design
 * making sure it is there. Reading: a store's checkout asks for a phone and an email, so "Auto
 * select" (any phone, any email) is taken as present; a type chosen (a MOBILE phone, a WORK email)
 * or the client's chat often is not. "Checks" means the robot's own condition reads that contact
 * field (or the company's, which Auto select falls back to), or a robot before it in its chain
 * writes it; a condition on an earlier robot guards nothing, as a skipped robot's chain continues.
 */
export const recipientsRule: LintRule = {
  name: 'missing-recipient',
  codes: ['OF810'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const robot of ctx.flow.robots) {
      const def = robotDefinition(robot.type);
      const message = def?.clientMessage(robot.settings);
      if (robot.disabled || !message) continue;
      const typed = message.pointType !== undefined && message.pointType !== 'auto';
      if (!typed && message.contactField !== 'contact.chat') continue;
      const field = message.contactField;
      const company = field.replace(/^contact\./, 'company.');
      const checked =
        robot.condition !== undefined &&
        conditionLeaves(robot.condition).some(({ leaf }) => leaf.field === field || leaf.field === company);
      const written = ancestors(ctx, robot).some((a) => fieldsWrittenBy(a).includes(field));
      if (checked || written) continue;
      const channel = !typed ? 'chat' : field === 'contact.emails' ? 'email' : 'phone';
      out.push(
        problem(
          'OF810',
          robotPath(ctx, robot),
          // The robot's own error text (English, as the engine logs it) in the designer's language.
          ctx.t('lint.msg.OF810', {
            robot: robotName(ctx, robot),
            channel,
            point: message.pointType ?? '',
          }),
        ),
      );
    }
    return out;
  },
};
