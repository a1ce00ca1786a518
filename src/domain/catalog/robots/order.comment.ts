import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, noClientMessage, row } from './shared/declarations';
import { quote } from '../summary';

const settingsSchema = z.object({ text: z.string('Enter the comment').min(1, 'Enter the comment') });
export type OrderCommentSettings = z.infer<typeof settingsSchema>;

/** Add comment: a rendered comment in the order's history, for the people working on it. */
export const orderComment = defineRobot({
  kind: 'robot',
  type: 'order.comment',
  title: 'Add comment',
  group: 'employees',
  description: 'Adds a comment with order values to the order history.',
  icon: 'comment',
  fields: [{ key: 'text', label: 'Comment', widget: 'textarea', required: true, template: true }],
  settingsSchema,
  defaults: { text: '' },
  summary: (s, { names, t }) =>
    s.text
      ? t.t('catalog.summary.order.comment', { text: quote(s.text, { names, t }) })
      : t.t('catalog.summary.order.comment.none'),
  emits: [],
  moves: null,
  writes: writesNothing,
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => [row('Comment', o.text)],
  outputLabels: { text: 'Comment' },
  effect: (settings, ctx) => ({ ok: true, output: { text: ctx.render(settings.text ?? '') } }),
});
