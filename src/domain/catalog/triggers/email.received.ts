import { z } from 'zod';
import { defineTrigger } from '../types';

/** Incoming email: the client wrote to the shop. */
export const emailReceived = defineTrigger({
  kind: 'trigger',
  type: 'email.received',
  title: 'Incoming email',
  description: 'Moves the order when the client sends an email.',
  icon: 'mail-in',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.email.received'),
});
