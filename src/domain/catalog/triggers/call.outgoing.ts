import { z } from 'zod';
import { defineTrigger } from '../types';

/** Outgoing call made: reacts to the event a robot emits when it makes a robocall (an event of docs/semantics.md §3.1; its trigger is in §3.2). */
export const callOutgoing = defineTrigger({
  kind: 'trigger',
  type: 'call.outgoing',
  title: 'Outgoing call made',
  description: 'Moves the order when a robocall to the client has been made.',
  icon: 'phone',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.call.outgoing'),
});
