import type { AnyRobotDefinition } from '../types';
import type { RobotType } from '../../types';
import { callRobocall } from './call.robocall';
import { chatSend } from './chat.send';
import { codeGenerate } from './code.generate';
import { documentCreate } from './document.create';
import { emailSend } from './email.send';
import { employeeNotify } from './employee.notify';
import { logWrite } from './log.write';
import { orderAllowDelivery } from './order.allowDelivery';
import { orderCancel } from './order.cancel';
import { orderComment } from './order.comment';
import { orderPay } from './order.pay';
import { orderResponsible } from './order.responsible';
import { orderShip } from './order.ship';
import { orderStatus } from './order.status';
import { orderUpdate } from './order.update';
import { smsSend } from './sms.send';
import { taskCreate } from './task.create';
import { workflowRun } from './workflow.run';

/** Every robot type's declaration, keyed by its literal: a missing type is a compile error. */
export const ROBOT_DEFINITIONS: { [T in RobotType]: AnyRobotDefinition } = {
  'order.update': orderUpdate,
  'workflow.run': workflowRun,
  'task.create': taskCreate,
  'employee.notify': employeeNotify,
  'order.comment': orderComment,
  'order.responsible': orderResponsible,
  'order.status': orderStatus,
  'order.pay': orderPay,
  'order.allowDelivery': orderAllowDelivery,
  'order.ship': orderShip,
  'order.cancel': orderCancel,
  'code.generate': codeGenerate,
  'log.write': logWrite,
  'document.create': documentCreate,
  'email.send': emailSend,
  'sms.send': smsSend,
  'call.robocall': callRobocall,
  'chat.send': chatSend,
};
