import { z } from 'zod';
import { defineRobot } from '../types';
import { involvesNoOne, noClientMessage, outputAsIs } from './shared/declarations';

/** Allow delivery: order.allowDelivery = true and the delivery status becomes `allowed`. */
export const orderAllowDelivery = defineRobot({
  kind: 'robot',
  type: 'order.allowDelivery',
  title: 'Allow delivery',
  group: 'order',
  description: 'Allows the order to be delivered.',
  icon: 'truck-check',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.order.allowDelivery'),
  emits: ['shipment.allowed'],
  moves: null,
  writes: () => ['order.allowDelivery', 'order.deliveryStatus'],
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: outputAsIs,
  outputLabels: {},
  effect: () => ({
    ok: true,
    output: {},
    set: { 'order.allowDelivery': true, 'order.deliveryStatus': 'allowed' },
    emit: [{ type: 'shipment.allowed' }],
  }),
});
