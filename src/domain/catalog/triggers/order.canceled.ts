import { z } from 'zod';
import { defineTrigger } from '../types';

/** Order canceled: the order was canceled. */
export const orderCanceled = defineTrigger({
  kind: 'trigger',
  type: 'order.canceled',
  title: 'Order canceled',
  description: 'Moves the order when it is canceled.',
  icon: 'cancel',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.order.canceled'),
});
