import { z } from 'zod';
import { defineTrigger } from '../types';

/** Email viewed: the client opened an email from the shop. */
export const emailViewed = defineTrigger({
  kind: 'trigger',
  type: 'email.viewed',
  title: 'Email viewed',
  description: 'Moves the order when the client opens an email.',
  icon: 'mail-open',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.email.viewed'),
});
