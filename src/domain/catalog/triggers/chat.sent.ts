import { z } from 'zod';
import { defineTrigger } from '../types';

/** Chat message sent: reacts to the event a robot emits when it posts to the client's chat (an event of docs/semantics.md §3.1; its trigger is in §3.2). */
export const chatSent = defineTrigger({
  kind: 'trigger',
  type: 'chat.sent',
  title: 'Chat message sent',
  description: "Moves the order when a message has been posted to the client's chat.",
  icon: 'chat',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.chat.sent'),
});
