import { z } from 'zod';
import { defineTrigger } from '../types';

/** Site visit: the client opened the shop site. */
export const siteVisit = defineTrigger({
  kind: 'trigger',
  type: 'site.visit',
  title: 'Site visit',
  description: 'Moves the order when the client visits the shop site.',
  icon: 'globe',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.site.visit'),
});
