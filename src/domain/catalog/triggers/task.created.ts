import { z } from 'zod';
import { defineTrigger } from '../types';

/** Task created: reacts to the event a robot emits when it creates a task (the events of SPEC §3.1 that §3.2 does not list). */
export const taskCreated = defineTrigger({
  kind: 'trigger',
  type: 'task.created',
  title: 'Task created',
  description: 'Moves the order when a task has been created for an employee.',
  icon: 'task',
  fields: [],
  settingsSchema: z.object({}).loose(),
  defaults: {},
  summary: () => 'When a task has been created',
});
