import { z } from 'zod';
import { defineTrigger } from '../types';

/** Task created: reacts to the event a robot emits when it creates a task (an event of docs/semantics.md §3.1; its trigger is in §3.2). */
export const taskCreated = defineTrigger({
  kind: 'trigger',
  type: 'task.created',
  title: 'Task created',
  description: 'Moves the order when a task has been created for an employee.',
  icon: 'task',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: (_s, { t }) => t.t('catalog.summary.task.created'),
});
