import { z } from 'zod';
import { defineTrigger } from '../types';

/** Responsible person changed: another employee took over the order. */
export const orderResponsibleChanged = defineTrigger({
  kind: 'trigger',
  type: 'order.responsibleChanged',
  title: 'Responsible person changed',
  description: 'Moves the order when another employee becomes responsible for it.',
  icon: 'user',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.order.responsibleChanged'),
});
