import { z } from 'zod';
import { defineRobot } from '../types';
import { involvesNoOne, noClientMessage, outputAsIs } from './shared/declarations';

/** Mark order paid: order.paid = true, as if the payment arrived. */
export const orderPay = defineRobot({
  kind: 'robot',
  type: 'order.pay',
  title: 'Mark order paid',
  group: 'order',
  description: 'Marks the order as paid.',
  icon: 'payment',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.order.pay'),
  emits: ['payment.received'],
  moves: null,
  writes: () => ['order.paid'],
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: outputAsIs,
  outputLabels: {},
  effect: () => ({ ok: true, output: {}, set: { 'order.paid': true }, emit: [{ type: 'payment.received' }] }),
});
