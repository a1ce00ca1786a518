import { z } from 'zod';
import { defineTrigger } from '../types';

/** Shipment: the order was shipped. */
export const shipmentShipped = defineTrigger({
  kind: 'trigger',
  type: 'shipment.shipped',
  title: 'Shipment',
  description: 'Moves the order when it is shipped.',
  icon: 'truck',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.shipment.shipped'),
});
