import { z } from 'zod';
import { intervalSchema } from '../../delay';
import { defineRobot } from '../types';
import { writesNothing, noClientMessage, row, setText } from './shared/declarations';
import { plural, quote } from '../summary';
import { RESPONSIBLE } from './shared/employees';
import { RESPONSIBLE_OPTION } from './shared/options';

const settingsSchema = z.object({
  title: z.string('Enter the task title').min(1, 'Enter the task title'),
  description: z.string().optional(),
  assignee: z.string().min(1, 'Choose who does the task').optional(),
  deadline: intervalSchema.optional(),
  participants: z.array(z.string()).optional(),
  checklist: z.array(z.string()).optional(),
  important: z.boolean().optional(),
});
export type TaskCreateSettings = z.infer<typeof settingsSchema>;

/** Create a task: a task for the responsible person or an employee, with an optional deadline. */
export const taskCreate = defineRobot({
  kind: 'robot',
  type: 'task.create',
  title: 'Create a task',
  group: 'employees',
  description: 'Creates a task for the responsible person or another employee, with a deadline.',
  icon: 'task',
  fields: [
    { key: 'title', label: 'Title', widget: 'text', required: true, template: true },
    { key: 'description', label: 'Description', widget: 'textarea', template: true },
    {
      key: 'assignee',
      label: 'Assignee',
      widget: 'select',
      reference: 'employees',
      options: [RESPONSIBLE_OPTION],
    },
    { key: 'deadline', label: 'Deadline after the run', widget: 'interval' },
    {
      key: 'participants',
      label: 'Participants',
      widget: 'multiselect',
      reference: 'employees',
      options: [RESPONSIBLE_OPTION],
    },
    { key: 'checklist', label: 'Checklist', widget: 'stringList' },
    { key: 'important', label: 'Important', widget: 'checkbox' },
  ],
  settingsSchema,
  defaults: { title: '', description: '', assignee: RESPONSIBLE, checklist: [], important: false },
  summary: (s, { names, t }) =>
    t.t('catalog.summary.task.create', {
      hasTitle: s.title ? 'yes' : 'no',
      title: s.title ? quote(s.title, { names, t }) : '',
      who: names.employee(s.assignee || RESPONSIBLE),
      hasDue: s.deadline ? 'yes' : 'no',
      due: s.deadline ? plural(s.deadline.value, s.deadline.unit, t) : '',
    }),
  emits: ['task.created'],
  moves: null,
  writes: writesNothing,
  people: (s) => {
    const ref = setText(s.assignee);
    return ref ? { role: 'Assignee', refs: [ref] } : undefined;
  },
  clientMessage: noClientMessage,
  output: (o) => [
    row('Task', o.title),
    row('Assignee', o.assignee, 'employee'),
    row('Deadline', o.deadline, 'instant'),
  ],
  outputLabels: { id: 'Task ID', title: 'Task', assignee: 'Assignee', deadline: 'Deadline' },
  effect: (settings, ctx) => {
    const ref = settings.assignee ?? RESPONSIBLE;
    // docs/semantics.md §3.1 names no failure for tasks: an order without a responsible person gets an unassigned task.
    const assignee = ref === RESPONSIBLE ? ctx.order.responsibleId || undefined : ref;
    const output: Record<string, unknown> = {
      id: ctx.nextObjectId('task'),
      title: ctx.render(settings.title ?? ''),
    };
    if (assignee !== undefined) output.assignee = assignee;
    if (settings.deadline) output.deadline = ctx.addInterval(ctx.now, settings.deadline);
    return { ok: true, output, emit: [{ type: 'task.created' }] };
  },
});
