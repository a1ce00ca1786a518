import { z } from 'zod';
import { defineTrigger } from '../types';

/** Message has been sent: an email to the client left the shop. */
export const emailSent = defineTrigger({
  kind: 'trigger',
  type: 'email.sent',
  title: 'Message has been sent',
  description: 'Moves the order when an email to the client has been sent.',
  icon: 'send',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.email.sent'),
});
