import { z } from 'zod';
import { defineTrigger } from '../types';

/** Delivered: the order reached the client. */
export const orderDelivered = defineTrigger({
  kind: 'trigger',
  type: 'order.delivered',
  title: 'Delivered',
  description: 'Moves the order when it has been delivered.',
  icon: 'check',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.order.delivered'),
});
