import { z } from 'zod';
import { defineRobot } from '../types';
import { involvesNoOne, noClientMessage, outputAsIs } from './shared/declarations';

/** Mark order shipped: order.shipped = true and the delivery status becomes `shipped`. */
export const orderShip = defineRobot({
  kind: 'robot',
  type: 'order.ship',
  title: 'Mark order shipped',
  group: 'order',
  description: 'Marks the order as shipped.',
  icon: 'truck',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.order.ship'),
  emits: ['shipment.shipped'],
  moves: null,
  writes: () => ['order.shipped', 'order.deliveryStatus'],
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: outputAsIs,
  outputLabels: {},
  effect: () => ({
    ok: true,
    output: {},
    set: { 'order.shipped': true, 'order.deliveryStatus': 'shipped' },
    emit: [{ type: 'shipment.shipped' }],
  }),
});
