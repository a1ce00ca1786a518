import { z } from 'zod';
import { defineTrigger } from '../types';

/** Tracking number added: the shipment got a tracking number. */
export const shipmentTrackingAdded = defineTrigger({
  kind: 'trigger',
  type: 'shipment.trackingAdded',
  title: 'Tracking number added',
  description: 'Moves the order when a tracking number is added to its shipment.',
  icon: 'package',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.shipment.trackingAdded'),
});
