import { robotDefinition } from '../../catalog';
import { problem, robotPath } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { hazardFacts } from './facts';
import { robotName } from './names';

/**
 * OF808: an SMS, call or chat message to the client whose run time may fall outside 08:00–21:00 in
 * the flow's time zone. Reading: a message that goes out the moment the order enters its status
 * answers something that just happened (the client ordered, paid, the parcel left) and is expected
 * then, whatever the hour; a delayed one goes out at a time the design chose ("a day later"), which
 * is what lands at 3 a.m. So a robot is reported when its run time is delayed and neither its own
 * delay nor a later one in its chain keeps it to daytime (working hours within 08:00–21:00, or a
 * clock time such as "at 10:00"). Email does not ring the client's phone and is not reported.
 */
export const quietHoursRule: LintRule = {
  name: 'quiet-hours',
  codes: ['OF808'],
  check(ctx) {
    const facts = hazardFacts(ctx);
    const out: LintProblem[] = [];
    for (const robot of ctx.flow.robots) {
      const message = robotDefinition(robot.type)?.clientMessage(robot.settings);
      if (robot.disabled || !message?.rings || facts.timing.get(robot)?.clock !== 'any') continue;
      const base = problem(
        'OF808',
        [...robotPath(ctx, robot), 'delay'],
        ctx.t('lint.msg.OF808', {
          robot: robotName(ctx, robot),
          timezone: ctx.flow.settings.timezone ?? 'UTC',
        }),
      );
      // The quick fix helps only where working hours are daytime hours, and only on the robot's own delay.
      const fixable = facts.workHoursAreDaytime && !robot.delay.workTime;
      out.push(
        fixable
          ? {
              ...base,
              fix: {
                title: ctx.t('lint.fix.OF808'),
                command: {
                  type: 'robot.update',
                  id: robot.id,
                  changes: { delay: { ...robot.delay, workTime: true } },
                },
              },
            }
          : base,
      );
    }
    return out;
  },
};
