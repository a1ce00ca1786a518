import { z } from 'zod';
import { defineTrigger } from '../types';

/** SMS has been sent: reacts to the event a robot emits when it sends an SMS (an event of docs/semantics.md §3.1; its trigger is in §3.2). */
export const smsSent = defineTrigger({
  kind: 'trigger',
  type: 'sms.sent',
  title: 'SMS has been sent',
  description: 'Moves the order when an SMS to the client has been sent.',
  icon: 'sms',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.sms.sent'),
});
