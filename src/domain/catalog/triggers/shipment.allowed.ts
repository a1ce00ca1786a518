import { z } from 'zod';
import { defineTrigger } from '../types';

/** Shipment approved: delivery of the order was allowed. */
export const shipmentAllowed = defineTrigger({
  kind: 'trigger',
  type: 'shipment.allowed',
  title: 'Shipment approved',
  description: 'Moves the order when its delivery is allowed.',
  icon: 'truck-check',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.shipment.allowed'),
});
