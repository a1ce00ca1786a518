import { z } from 'zod';
import { defineRobot } from '../types';
import { noClientMessage, row, setText } from './shared/declarations';

const settingsSchema = z.object({
  employeeId: z.string('Choose the new responsible person').min(1, 'Choose the new responsible person'),
});
export type OrderResponsibleSettings = z.infer<typeof settingsSchema>;

/** Change responsible person: hands the order to another employee. */
export const orderResponsible = defineRobot({
  kind: 'robot',
  type: 'order.responsible',
  title: 'Change responsible person',
  group: 'employees',
  description: 'Makes another employee responsible for the order.',
  icon: 'user',
  fields: [
    { key: 'employeeId', label: 'Employee', widget: 'select', required: true, reference: 'employees' },
  ],
  settingsSchema,
  defaults: { employeeId: '' },
  summary: (s, { names, t }) =>
    s.employeeId
      ? t.t('catalog.summary.order.responsible', { who: names.employee(s.employeeId) })
      : t.t('catalog.summary.order.responsible.none'),
  emits: ['order.responsibleChanged'],
  moves: null,
  writes: () => ['order.responsibleId'],
  people: (s) => {
    const ref = setText(s.employeeId);
    return ref ? { role: 'Responsible', refs: [ref] } : undefined;
  },
  clientMessage: noClientMessage,
  output: (o) => [row('Responsible', o.responsibleId, 'employee')],
  outputLabels: { responsibleId: 'Responsible' },
  effect: (settings) => {
    // Ids unknown to the reference data are a lint warning, not a run failure (docs/semantics.md §3.1 lists none here).
    const responsibleId = settings.employeeId ?? '';
    return {
      ok: true,
      output: { responsibleId },
      set: { 'order.responsibleId': responsibleId },
      emit: [{ type: 'order.responsibleChanged' }],
    };
  },
});
