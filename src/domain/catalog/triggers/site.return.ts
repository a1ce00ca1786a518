import { z } from 'zod';
import { defineTrigger } from '../types';

/** Visitor returned: the client came back to the shop site. */
export const siteReturn = defineTrigger({
  kind: 'trigger',
  type: 'site.return',
  title: 'Visitor returned',
  description: 'Moves the order when the client comes back to the shop site.',
  icon: 'return',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.site.return'),
});
