import { z } from 'zod';
import { defineRobot } from '../types';
import { involvesNoOne, noClientMessage, row } from './shared/declarations';
import { quote } from '../summary';

const settingsSchema = z.object({
  statusId: z.string('Choose the failure status to move to').min(1, 'Choose the failure status to move to'),
  reason: z.string().optional(),
});
export type OrderCancelSettings = z.infer<typeof settingsSchema>;

/** Cancel order: marks it canceled with a reason, stops the status's pending robots and moves it. */
export const orderCancel = defineRobot({
  kind: 'robot',
  type: 'order.cancel',
  title: 'Cancel order',
  group: 'order',
  description: 'Cancels the order with a reason and moves it to a failure status.',
  icon: 'cancel',
  fields: [
    {
      key: 'statusId',
      label: 'Failure status',
      widget: 'select',
      required: true,
      reference: 'statuses',
      help: 'A status whose semantics is failure.',
    },
    { key: 'reason', label: 'Reason', widget: 'textarea', template: true },
  ],
  settingsSchema,
  defaults: { statusId: '', reason: '' },
  summary: (s, { names, t }) => {
    const reason = s.reason ? quote(s.reason, { names, t }) : '';
    if (!s.statusId)
      return reason
        ? t.t('catalog.summary.order.cancel.noStatus.reason', { reason })
        : t.t('catalog.summary.order.cancel.noStatus');
    const status = names.status(s.statusId);
    return reason
      ? t.t('catalog.summary.order.cancel.reason', { status, reason })
      : t.t('catalog.summary.order.cancel', { status });
  },
  emits: ['order.canceled'],
  moves: { statusSetting: 'statusId', cancelsOrder: true },
  writes: () => ['order.canceled', 'order.cancelReason'],
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => [row('Moves to', o.statusId, 'status'), row('Reason', o.reason)],
  outputLabels: { statusId: 'Moves to', reason: 'Reason' },
  effect: (settings, ctx) => {
    const statusId = settings.statusId ?? '';
    const status = ctx.statuses.find((s) => s.id === statusId);
    if (!status) return { ok: false, error: `Unknown status "${statusId}"` };
    if (status.semantics !== 'failure')
      return { ok: false, error: `Status "${statusId}" is not a failure status` };
    const reason = ctx.render(settings.reason ?? '');
    return {
      ok: true,
      output: { statusId, reason },
      set: { 'order.canceled': true, 'order.cancelReason': reason },
      moveTo: statusId,
      cancels: true,
      emit: [{ type: 'order.canceled' }],
    };
  },
});
