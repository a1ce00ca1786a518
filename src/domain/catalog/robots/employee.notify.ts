import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, noClientMessage, row, setText } from './shared/declarations';
import { listing, quote } from '../summary';
import { resolveEmployee, unresolvedRecipient } from './shared/employees';
import { RESPONSIBLE_OPTION, SUPERVISOR_OPTION } from './shared/options';

const settingsSchema = z.object({
  recipients: z
    .array(z.string().min(1, 'A recipient is empty'), 'Choose at least one recipient')
    .min(1, 'Choose at least one recipient'),
  message: z.string('Enter the message').min(1, 'Enter the message'),
  sender: z.string().optional(),
});
export type EmployeeNotifySettings = z.infer<typeof settingsSchema>;

/** Notify an employee: one rendered message to each recipient (responsible, supervisor or employee). */
export const employeeNotify = defineRobot({
  kind: 'robot',
  type: 'employee.notify',
  title: 'Notify an employee',
  group: 'employees',
  description: 'Sends a notification to the responsible person, their supervisor or other employees.',
  icon: 'bell',
  fields: [
    {
      key: 'recipients',
      label: 'Recipients',
      widget: 'multiselect',
      required: true,
      reference: 'employees',
      options: [RESPONSIBLE_OPTION, SUPERVISOR_OPTION],
    },
    { key: 'message', label: 'Message', widget: 'textarea', required: true, template: true },
    { key: 'sender', label: 'Sender', widget: 'select', reference: 'employees' },
  ],
  settingsSchema,
  defaults: { recipients: ['responsible'], message: '' },
  summary: (s, { names, t }) =>
    t.t('catalog.summary.employee.notify', {
      who: s.recipients?.length
        ? listing(
            s.recipients.map((r) => names.employee(r)),
            t,
          )
        : t.t('catalog.summary.employee.notify.nobody'),
      message: s.message ? quote(s.message, { names, t }) : t.t('catalog.summary.noMessageYet'),
    }),
  emits: [],
  moves: null,
  writes: writesNothing,
  people: (s) => {
    const refs = (Array.isArray(s.recipients) ? s.recipients : [])
      .map(setText)
      .filter((r) => r !== undefined);
    return refs.length > 0 ? { role: 'To', refs } : undefined;
  },
  clientMessage: noClientMessage,
  output: (o) => {
    const messages = Array.isArray(o.messages) ? (o.messages as { to: unknown; text: unknown }[]) : [];
    return messages.flatMap((m, i) => [
      row(`Notified ${i + 1}`, m.to, 'employee'),
      row(`Message ${i + 1}`, m.text),
    ]);
  },
  outputLabels: { messages: 'Messages' },
  effect: (settings, ctx) => {
    // All or nothing: one unresolvable recipient fails the robot before any message is counted.
    const text = ctx.render(settings.message ?? '');
    const messages: { to: string; text: string }[] = [];
    for (const ref of settings.recipients ?? []) {
      const employee = resolveEmployee(ctx, ref);
      if (!employee) return { ok: false, error: unresolvedRecipient(ref) };
      messages.push({ to: employee.id, text });
    }
    return { ok: true, output: { messages } };
  },
});
