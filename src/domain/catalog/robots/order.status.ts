import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, noClientMessage, row } from './shared/declarations';

const settingsSchema = z.object({
  statusId: z.string('Choose the target status').min(1, 'Choose the target status'),
});
export type OrderStatusSettings = z.infer<typeof settingsSchema>;

/** Change status: moves the order to another status, ending this robot's chain. */
export const orderStatus = defineRobot({
  kind: 'robot',
  type: 'order.status',
  title: 'Change status',
  group: 'order',
  description: 'Moves the order to another status.',
  icon: 'status',
  fields: [{ key: 'statusId', label: 'Status', widget: 'select', required: true, reference: 'statuses' }],
  settingsSchema,
  defaults: { statusId: '' },
  summary: (s, { names, t }) =>
    s.statusId
      ? t.t('catalog.summary.order.status', { status: names.status(s.statusId) })
      : t.t('catalog.summary.order.status.none'),
  emits: [],
  moves: { statusSetting: 'statusId', cancelsOrder: false },
  writes: writesNothing,
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => [row('Moves to', o.statusId, 'status')],
  outputLabels: { statusId: 'Moves to' },
  effect: (settings, ctx) => {
    const statusId = settings.statusId ?? '';
    if (!ctx.statuses.some((s) => s.id === statusId))
      return { ok: false, error: `Unknown status "${statusId}"` };
    return { ok: true, output: { statusId }, moveTo: statusId };
  },
});
