/** The type literals of docs/semantics.md §3: the single list every keyed table (catalog, effects, nodes) is checked against. */

export const ROBOT_TYPES = [
  'order.update',
  'workflow.run',
  'task.create',
  'employee.notify',
  'order.comment',
  'order.responsible',
  'order.status',
  'order.pay',
  'order.allowDelivery',
  'order.ship',
  'order.cancel',
  'code.generate',
  'log.write',
  'document.create',
  'email.send',
  'sms.send',
  'call.robocall',
  'chat.send',
] as const;
export type RobotType = (typeof ROBOT_TYPES)[number];

export const TRIGGER_TYPES = [
  'payment.received',
  'order.responsibleChanged',
  'email.received',
  'email.sent',
  'email.viewed',
  'email.linkClicked',
  'call.incoming',
  'call.missed',
  'form.submitted',
  'callback.requested',
  'shipment.allowed',
  'shipment.trackingAdded',
  'shipment.shipped',
  'shipment.changed',
  'order.delivered',
  'order.canceled',
  'webhook',
  'site.visit',
  'site.return',
  'chat.message',
  'document.created',
  // Robot-emitted events (docs/semantics.md §3.1) have triggers too (§3.2): conformance example ex3
  // fires a `chat.sent` trigger, and where an example shows a detail the prose leaves open, the
  // example decides. So every event type is a trigger type.
  'sms.sent',
  'call.outgoing',
  'chat.sent',
  'task.created',
] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

/** Event types: what scenarios, reactions and robots emit; each one is also a trigger type. */
export const EVENT_TYPES = TRIGGER_TYPES;
export type EventType = (typeof EVENT_TYPES)[number];

export type StatusSemantics = 'process' | 'success' | 'failure';

/** Exhaustiveness guard for switches over the unions above. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
