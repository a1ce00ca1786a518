import { z } from 'zod';
import { defineTrigger } from '../types';

/** Payment: the client paid the order (often with the condition order.paid = true). */
export const paymentReceived = defineTrigger({
  kind: 'trigger',
  type: 'payment.received',
  title: 'Payment',
  description: 'Moves the order when a payment is received.',
  icon: 'payment',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.payment.received'),
});
